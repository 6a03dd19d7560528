import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { adoptProgramme } from '../../../src/domain/programme/adopt-programme';
import { can } from '../../../src/domain/programme/permissions';
import { getProgramme } from '../../../src/domain/programme/queries';
import { reopenProgramme } from '../../../src/domain/programme/reopen-programme';
import { ProgressBar } from '../../components/activity-status';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { ProgrammeDocuments } from '../../components/programme-documents';
import { caseChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/programme';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const model = await getProgramme(ctx, Number(params.year));
    const canEdit = can(ctx.actor, 'programme.manage');
    const year = model.programme.year;
    const cases =
      canEdit && model.programme.status === 'draft' ? await caseChoices(ctx, [year - 1, year]) : [];
    return { ...model, canEdit, cases };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const back = `/app/handlingsprogram/${params.year}`;
  return formAction(request, ctx.locale, fields, async () => {
    const { programme } = await getProgramme(ctx, Number(params.year));
    if (fields.intent === 'reopen') {
      await reopenProgramme({
        ctx,
        input: { id: programme.id, version: fields.version ?? '', reason: fields.reason ?? '' },
      });
      context.flash.set('programmeUi.reopened');
      throw redirect(back);
    }
    await adoptProgramme({
      ctx,
      input: {
        id: programme.id,
        version: fields.version ?? '',
        caseId: fields.caseId ?? '',
        adoptedOn: fields.adoptedOn,
      },
    });
    context.flash.set('programmeUi.adopted');
    throw redirect(back);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.programme.title ?? 'Handlingsprogram'} – Samråd` }];
}

export default function Programme({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const failure = actionData as FormFailure | undefined;
  const { programme, focusAreas, activities, canEdit } = loaderData;
  const base = `/app/handlingsprogram/${programme.year}`;
  const draft = programme.status === 'draft';
  return (
    <>
      <PageHeader title={programme.title} lead={t(`programme.status.${programme.status}`)}>
        <Button asChild variant="secondary">
          <Link to={`${base}/oppfolging`}>{t('programmeUi.followUp')}</Link>
        </Button>
        {canEdit && draft ? (
          <>
            <Button asChild variant="secondary">
              <Link to={`${base}/tekster`}>{t('programmeUi.editTexts')}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link to={`${base}/struktur`}>{t('programmeUi.editStructure')}</Link>
            </Button>
          </>
        ) : null}
      </PageHeader>
      <FormErrors
        failure={failure}
        labels={{
          caseId: t('programmeUi.adoptingCase'),
          adoptedOn: t('programmeUi.adoptedOn'),
          reason: t('programmeUi.reason'),
        }}
      />
      {draft ? <Alert data-color="info">{t('programmeUi.draftNotice')}</Alert> : null}
      <dl className="facts">
        <dt>{t('programmeUi.status')}</dt>
        <dd>{t(`programme.status.${programme.status}`)}</dd>
        {programme.adoptedCase && programme.adoptedOn ? (
          <>
            <dt>{t('programmeUi.adoptedIn')}</dt>
            <dd>
              <Link to={`/app/saker/${programme.adoptedCase.id}`} className="ds-link">
                {t('meetings.caseLabel', { number: programme.adoptedCase.number })}{' '}
                {programme.adoptedCase.title ?? ''}
              </Link>{' '}
              ({programme.adoptedCase.bodyName}, {format.date(programme.adoptedOn)})
            </dd>
          </>
        ) : null}
        {programme.copiedFromYear ? (
          <>
            <dt>{t('programmeUi.copiedFrom')}</dt>
            <dd>
              <Link to={`/app/handlingsprogram/${programme.copiedFromYear}`} className="ds-link">
                {programme.copiedFromYear}
              </Link>
            </dd>
          </>
        ) : null}
        <dt>{t('programmeUi.activities')}</dt>
        <dd>{format.number(activities.length)}</dd>
        <dt>{t('nav.cycle')}</dt>
        <dd>
          <Link to={`/app/arshjul?ar=${programme.year}`} className="ds-link">
            {t('programmeUi.cycleOf', { year: programme.year })}
          </Link>
        </dd>
      </dl>
      <ProgrammeDocuments base={base} report />

      <section aria-labelledby="omrader">
        <Heading level={2} data-size="md" id="omrader">
          {t('programmeUi.focusAreas')}
        </Heading>
        {focusAreas.length === 0 ? (
          <Paragraph>
            {t('programmeUi.noFocusAreas')}{' '}
            {canEdit && draft ? (
              <Link to={`${base}/struktur`} className="ds-link">
                {t('programmeUi.editStructure')}
              </Link>
            ) : null}
          </Paragraph>
        ) : (
          <ul className="area-list">
            {focusAreas.map((area) => (
              <li key={area.id}>
                <Heading level={3} data-size="xs">
                  <Link to={`${base}/omrade/${area.id}`} className="ds-link">
                    {area.name}
                  </Link>
                </Heading>
                <ProgressBar progress={area.progress} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {canEdit && draft ? (
        <Form method="post" className="stack panel" noValidate aria-labelledby="vedta">
          <CsrfField />
          <input type="hidden" name="intent" value="adopt" />
          <input type="hidden" name="version" value={programme.version} />
          <Heading level={2} data-size="sm" id="vedta">
            {t('programmeUi.adoptTitle')}
          </Heading>
          <Paragraph>{t('programmeUi.adoptHint')}</Paragraph>
          <SelectField
            name="caseId"
            label={t('programmeUi.adoptingCase')}
            failure={failure}
            options={[{ value: '', label: t('programmeUi.chooseCase') }, ...loaderData.cases]}
            required
          />
          <TextField
            name="adoptedOn"
            type="date"
            label={t('programmeUi.adoptedOn')}
            description={t('programmeUi.adoptedOnHint')}
            failure={failure}
          />
          <div>
            <Button type="submit">{t('programmeUi.adopt')}</Button>
          </div>
        </Form>
      ) : null}
      {canEdit && !draft ? (
        <Form method="post" className="stack panel" noValidate aria-labelledby="gjenapne">
          <CsrfField />
          <input type="hidden" name="intent" value="reopen" />
          <input type="hidden" name="version" value={programme.version} />
          <Heading level={2} data-size="sm" id="gjenapne">
            {t('programmeUi.reopenTitle')}
          </Heading>
          <Paragraph>{t('programmeUi.reopenHint')}</Paragraph>
          <TextareaField name="reason" label={t('programmeUi.reason')} failure={failure} rows={2} required />
          <div>
            <Button type="submit" variant="secondary">
              {t('programmeUi.reopen')}
            </Button>
          </div>
        </Form>
      ) : null}
    </>
  );
}
