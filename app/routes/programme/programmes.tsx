import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { copyProgramme } from '../../../src/domain/programme/copy-programme';
import { createProgramme } from '../../../src/domain/programme/create-programme';
import { can } from '../../../src/domain/programme/permissions';
import { listProgrammes } from '../../../src/domain/programme/queries';
import { todayInOslo } from '../../../src/kernel/dates';
import { CsrfField, FormErrors, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/programmes';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const programmes = await listProgrammes(ctx);
    const latest = programmes[0]?.year;
    return {
      programmes,
      canEdit: can(ctx.actor, 'programme.manage'),
      copyFrom: latest ?? null,
      nextYear: latest ? latest + 1 : Number(todayInOslo(ctx.now).slice(0, 4)) + 1,
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    if (fields.intent === 'copy') {
      const copy = await copyProgramme({ ctx, input: { fromYear: fields.fromYear ?? '' } });
      context.flash.set('programmeUi.copied', { from: fields.fromYear ?? '', to: copy.year });
      throw redirect(`/app/handlingsprogram/${copy.year}`);
    }
    const created = await createProgramme({ ctx, input: { year: fields.year ?? '' } });
    context.flash.set('programmeUi.created', { year: created.year });
    throw redirect(`/app/handlingsprogram/${created.year}/struktur`);
  });
}

export function meta() {
  return [{ title: 'Handlingsprogram – Samråd' }];
}

export default function Programmes({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const failure = actionData as FormFailure | undefined;
  const { programmes } = loaderData;
  return (
    <>
      <PageHeader title={t('programmeUi.title')} lead={t('programmeUi.lead')} />
      <FormErrors
        failure={failure}
        labels={{ year: t('programmeUi.year'), fromYear: t('programmeUi.year') }}
      />
      {programmes.length === 0 ? (
        <Paragraph>{t('programmeUi.empty')}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="visually-hidden">{t('programmeUi.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('programmeUi.year')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmeUi.programme')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmeUi.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmeUi.activities')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {programmes.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{p.year}</Table.Cell>
                <Table.Cell>
                  <Link to={`/app/handlingsprogram/${p.year}`} className="ds-link">
                    {p.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  {t(`programme.status.${p.status}`)}
                  {p.adoptedOn ? ` ${format.date(p.adoptedOn)}` : ''}
                </Table.Cell>
                <Table.Cell>{format.number(p.activities)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {loaderData.canEdit ? (
        <section aria-labelledby="nytt" className="stack">
          <Heading level={2} data-size="sm" id="nytt">
            {t('programmeUi.newTitle')}
          </Heading>
          {loaderData.copyFrom ? (
            <Form method="post" className="stack panel">
              <CsrfField />
              <input type="hidden" name="intent" value="copy" />
              <input type="hidden" name="fromYear" value={loaderData.copyFrom} />
              <Paragraph>
                {t('programmeUi.copyHint', { from: loaderData.copyFrom, to: loaderData.nextYear })}
              </Paragraph>
              <div>
                <Button type="submit">
                  {t('programmeUi.copy', { from: loaderData.copyFrom, to: loaderData.nextYear })}
                </Button>
              </div>
            </Form>
          ) : null}
          <Form method="post" className="stack panel" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="create" />
            <TextField
              name="year"
              type="number"
              label={t('programmeUi.year')}
              description={t('programmeUi.createHint')}
              failure={failure}
              defaultValue={String(loaderData.nextYear)}
              required
            />
            <div>
              <Button type="submit" variant="secondary">
                {t('programmeUi.create')}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
