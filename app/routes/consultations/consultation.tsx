import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { getCase } from '../../../src/domain/cases/queries';
import { CONSULTATION_STATUSES } from '../../../src/domain/consultations/fields';
import { can } from '../../../src/domain/consultations/permissions';
import { getConsultation } from '../../../src/domain/consultations/queries';
import { setConsultationResponse } from '../../../src/domain/consultations/set-consultation-response';
import { setConsultationStatus } from '../../../src/domain/consultations/set-consultation-status';
import { updateConsultation } from '../../../src/domain/consultations/update-consultation';
import { todayInOslo } from '../../../src/kernel/dates';
import { ConsultationFields, useConsultationLabels } from '../../components/consultation-fields';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { caseChoices, focusAreaChoices, peopleChoices } from '../../lib/choices.server';
import { consultationInput } from '../../lib/consultation-input.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/consultation';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const detail = await getConsultation(ctx, params.id);
    const { consultation: c } = detail;
    const editor = can(ctx.actor, 'consultations.manage');
    if (!editor) return { ...detail, editor, focusAreas: [], people: [], cases: [], documents: [] };
    const years = [
      ...new Set([todayInOslo(ctx.now), c.receivedOn, c.deadline].map((d) => Number(d.slice(0, 4)))),
    ].sort((a, b) => b - a);
    const [areas, people, cases, kase] = await Promise.all([
      focusAreaChoices(ctx),
      peopleChoices(ctx),
      caseChoices(ctx, years),
      c.caseId ? getCase(ctx, c.caseId) : null,
    ]);
    // The chosen case is always a choice, whatever its year: a select falls back to its first option.
    const chosen = detail.case;
    if (chosen && !cases.some((o) => o.value === chosen.id))
      cases.unshift({
        value: chosen.id,
        label: `${chosen.number} ${chosen.title ?? ''} (${chosen.bodyName})`,
      });
    return {
      ...detail,
      editor,
      focusAreas: areas,
      people,
      cases,
      documents: (kase?.documents ?? []).map((d) => ({
        value: d.id,
        title: d.title ?? d.filename ?? d.id,
        exempt: d.access === 'exempt',
      })),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const id = params.id;
  return formAction(request, ctx.locale, fields, async () => {
    const version = fields.version as never;
    if (fields.intent === 'status')
      await setConsultationStatus({
        ctx,
        input: {
          id,
          version,
          status: fields.status as never,
          caseId: fields.caseId,
          submittedOn: fields.submittedOn,
          reason: fields.reason,
        },
      });
    else if (fields.intent === 'response')
      await setConsultationResponse({ ctx, input: { id, version, documentId: fields.documentId ?? null } });
    else await updateConsultation({ ctx, input: { id, version, ...consultationInput(fields) } });
    context.flash.set('common.saved');
    throw redirect(`/app/horinger/${id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.consultation.title ?? 'Høring'} – Samråd` }];
}

export default function Consultation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const labels = useConsultationLabels();
  const failure = actionData as FormFailure | undefined;
  const failed = (intent: string) => (failure?.values.intent === intent ? failure : undefined);
  const { consultation: c, focusArea, responsible, case: kase, responseDocument, editor } = loaderData;
  return (
    <>
      <PageHeader title={c.title} lead={c.authority}>
        <Link to="/app/horinger" className="ds-link">
          {t('consultations.title')}
        </Link>
        {c.status === 'submitted' ? (
          <Link to={`/horinger/${c.id}`} className="ds-link">
            {t('consultations.publicPage')}
          </Link>
        ) : null}
      </PageHeader>
      <section aria-labelledby="fakta">
        <Heading level={2} data-size="md" id="fakta" className="visually-hidden">
          {t('consultations.facts')}
        </Heading>
        <dl className="facts">
          <dt>{t('consultations.reference')}</dt>
          <dd>{c.reference || '–'}</dd>
          <dt>{t('consultations.receivedOn')}</dt>
          <dd>{format.date(c.receivedOn)}</dd>
          <dt>{t('consultations.deadline')}</dt>
          <dd>
            {format.date(c.deadline)}{' '}
            <Tag
              data-size="sm"
              data-color={
                c.state === 'overdue'
                  ? 'danger'
                  : c.state === 'answered'
                    ? 'success'
                    : c.state === 'answered_late'
                      ? 'warning'
                      : 'neutral'
              }
            >
              {t(`consultations.state.${c.state}`)}
            </Tag>
          </dd>
          <dt>{t('consultations.statusLabel')}</dt>
          <dd>{t(`consultations.status.${c.status}`)}</dd>
          <dt>{t('consultations.focusArea')}</dt>
          <dd>{focusArea ? [focusArea.year, focusArea.name].filter(Boolean).join(': ') : '–'}</dd>
          <dt>{t('consultations.responsible')}</dt>
          <dd>
            {responsible ? (
              <Link className="ds-link" to={`/app/personer/${responsible.id}`}>
                {responsible.name}
              </Link>
            ) : (
              '–'
            )}
          </dd>
          <dt>{t('consultations.case')}</dt>
          <dd>
            {kase ? (
              <Link className="ds-link" to={`/app/saker/${kase.id}`}>
                {t('consultations.caseNumber', { number: kase.number })} {kase.title ?? ''}
              </Link>
            ) : (
              '–'
            )}
          </dd>
          <dt>{t('consultations.body')}</dt>
          <dd>{kase?.bodyName ?? '–'}</dd>
          <dt>{t('consultations.submittedOn')}</dt>
          <dd>{c.submittedOn ? format.date(c.submittedOn) : '–'}</dd>
          {c.notAnsweredReason ? (
            <>
              <dt>{t('consultations.notAnsweredReason')}</dt>
              <dd>{c.notAnsweredReason}</dd>
            </>
          ) : null}
          <dt>{t('consultations.responseDocument')}</dt>
          <dd>
            {responseDocument?.links.download ? (
              <a className="ds-link" href={responseDocument.links.download}>
                {responseDocument.title}
              </a>
            ) : (
              t('consultations.noResponseDocument')
            )}
            {responseDocument?.access === 'exempt' ? ` (${t('consultations.exemptDocument')})` : ''}
          </dd>
          <dt>{t('consultations.reminderSentAt')}</dt>
          <dd>{c.reminderSentAt ? format.dateTime(c.reminderSentAt) : t('consultations.notReminded')}</dd>
        </dl>
      </section>
      {editor ? (
        <>
          <section aria-labelledby="status">
            <Heading level={2} data-size="md" id="status">
              {t('consultations.changeStatus')}
            </Heading>
            <Paragraph data-size="sm">{t('consultations.statusHint')}</Paragraph>
            <Form method="post" className="stack narrow" noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="status" />
              <input type="hidden" name="version" value={c.version} />
              <FormErrors
                failure={failed('status')}
                labels={{
                  status: t('consultations.statusLabel'),
                  caseId: t('consultations.case'),
                  submittedOn: t('consultations.submittedOn'),
                  reason: t('consultations.notAnsweredReason'),
                }}
              />
              <SelectField
                name="status"
                label={t('consultations.statusLabel')}
                defaultValue={c.status}
                options={CONSULTATION_STATUSES.map((s) => ({
                  value: s,
                  label: t(`consultations.status.${s}`),
                }))}
                failure={failed('status')}
              />
              <SelectField
                name="caseId"
                label={t('consultations.case')}
                defaultValue={c.caseId ?? ''}
                options={
                  c.caseId
                    ? loaderData.cases
                    : [{ value: '', label: t('consultations.chooseCaseNone') }, ...loaderData.cases]
                }
                failure={failed('status')}
              />
              <TextField
                name="submittedOn"
                type="date"
                label={t('consultations.submittedOn')}
                description={t('consultations.submittedOnHint')}
                defaultValue={c.submittedOn}
                failure={failed('status')}
              />
              <TextareaField
                name="reason"
                label={t('consultations.notAnsweredReason')}
                description={t('consultations.reasonHint')}
                defaultValue={c.notAnsweredReason}
                rows={3}
                failure={failed('status')}
              />
              <div>
                <Button type="submit">{t('consultations.saveStatus')}</Button>
              </div>
            </Form>
          </section>
          <section aria-labelledby="horingssvar">
            <Heading level={2} data-size="md" id="horingssvar">
              {t('consultations.setResponse')}
            </Heading>
            {!c.caseId ? (
              <Paragraph>{t('consultations.noCaseYet')}</Paragraph>
            ) : loaderData.documents.length === 0 ? (
              <Paragraph>
                {t('consultations.noCaseDocuments')}{' '}
                <Link className="ds-link" to={`/app/saker/${c.caseId}#vedlegg`}>
                  {kase ? t('consultations.caseNumber', { number: kase.number }) : t('consultations.case')}
                </Link>
              </Paragraph>
            ) : (
              <Form method="post" className="stack narrow" noValidate>
                <CsrfField />
                <input type="hidden" name="intent" value="response" />
                <input type="hidden" name="version" value={c.version} />
                <FormErrors
                  failure={failed('response')}
                  labels={{ documentId: t('consultations.responseDocument') }}
                />
                <SelectField
                  name="documentId"
                  label={t('consultations.responseDocument')}
                  description={t('consultations.responseHint')}
                  defaultValue={c.responseDocumentId ?? ''}
                  options={[
                    { value: '', label: t('consultations.noDocument') },
                    ...loaderData.documents.map((d) => ({
                      value: d.value,
                      label: d.exempt ? `${d.title} (${t('consultations.exemptDocument')})` : d.title,
                    })),
                  ]}
                  failure={failed('response')}
                />
                <div>
                  <Button type="submit" variant="secondary">
                    {t('common.save')}
                  </Button>
                </div>
              </Form>
            )}
          </section>
          <section aria-labelledby="endre">
            <Heading level={2} data-size="md" id="endre">
              {t('consultations.edit')}
            </Heading>
            <Form method="post" className="stack narrow" noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="version" value={c.version} />
              <FormErrors failure={failed('update')} labels={labels} />
              <ConsultationFields
                failure={failed('update')}
                values={c}
                focusAreas={loaderData.focusAreas}
                people={loaderData.people}
              />
              <div>
                <Button type="submit" variant="secondary">
                  {t('common.save')}
                </Button>
              </div>
            </Form>
          </section>
        </>
      ) : null}
    </>
  );
}
