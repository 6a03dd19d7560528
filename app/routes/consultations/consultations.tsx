import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { can } from '../../../src/domain/consultations/permissions';
import { consultationOverview } from '../../../src/domain/consultations/queries';
import { registerConsultation } from '../../../src/domain/consultations/register-consultation';
import { ConsultationFields, useConsultationLabels } from '../../components/consultation-fields';
import { CsrfField, FormErrors } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { focusAreaChoices, peopleChoices } from '../../lib/choices.server';
import { consultationInput } from '../../lib/consultation-input.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/consultations';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const overview = await consultationOverview(ctx);
    const editor = can(ctx.actor, 'consultations.manage');
    const [areas, people] = editor
      ? await Promise.all([focusAreaChoices(ctx), peopleChoices(ctx)])
      : [[], []];
    const row = (c: (typeof overview.dueNext)[number]) => ({
      id: c.id,
      title: c.title,
      authority: c.authority,
      deadline: c.deadline,
      submittedOn: c.submittedOn,
      status: c.status,
      state: c.state,
      responsibleName: c.responsibleName,
    });
    return {
      today: overview.today,
      horizon: overview.horizon,
      dueNext: overview.dueNext.map(row),
      later: overview.later.map(row),
      answeredLate: overview.answeredLate.map(row),
      closed: overview.closed.map(row),
      editor,
      focusAreas: areas,
      people,
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const row = await registerConsultation({ ctx, input: consultationInput(fields) });
    context.flash.set('common.saved');
    throw redirect(`/app/horinger/${row.id}`);
  });
}

export function meta() {
  return [{ title: 'Høringer – Samråd' }];
}

type Row = Route.ComponentProps['loaderData']['dueNext'][number];

/** One list of the overview; `show` picks the last columns (status and who, or how it ended). */
function ConsultationTable({
  caption,
  rows,
  show,
}: {
  caption: string;
  rows: Row[];
  show: 'open' | 'closed';
}) {
  const t = useT();
  const format = useFormat();
  return (
    <Table zebra>
      <caption className="visually-hidden">{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('consultations.consultation')}</Table.HeaderCell>
          <Table.HeaderCell>{t('consultations.authority')}</Table.HeaderCell>
          <Table.HeaderCell>{t('consultations.deadline')}</Table.HeaderCell>
          {show === 'open' ? (
            <>
              <Table.HeaderCell>{t('consultations.statusLabel')}</Table.HeaderCell>
              <Table.HeaderCell>{t('consultations.responsible')}</Table.HeaderCell>
            </>
          ) : (
            <>
              <Table.HeaderCell>{t('consultations.submittedOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('consultations.outcome')}</Table.HeaderCell>
            </>
          )}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((c) => (
          <Table.Row key={c.id}>
            <Table.Cell>
              <Link className="ds-link" to={`/app/horinger/${c.id}`}>
                {c.title}
              </Link>
            </Table.Cell>
            <Table.Cell>{c.authority}</Table.Cell>
            <Table.Cell>
              {format.date(c.deadline)}
              {c.state === 'overdue' ? (
                <>
                  {' '}
                  <Tag data-color="danger" data-size="sm">
                    {t('consultations.state.overdue')}
                  </Tag>
                </>
              ) : null}
            </Table.Cell>
            {show === 'open' ? (
              <>
                <Table.Cell>{t(`consultations.status.${c.status}`)}</Table.Cell>
                <Table.Cell>{c.responsibleName ?? '–'}</Table.Cell>
              </>
            ) : (
              <>
                <Table.Cell>{c.submittedOn ? format.date(c.submittedOn) : '–'}</Table.Cell>
                <Table.Cell>
                  <Tag
                    data-size="sm"
                    data-color={
                      c.state === 'answered' ? 'success' : c.state === 'answered_late' ? 'warning' : 'neutral'
                    }
                  >
                    {t(`consultations.state.${c.state}`)}
                  </Tag>
                </Table.Cell>
              </>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

export default function Consultations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  const labels = useConsultationLabels();
  const sections = [
    {
      id: 'frist-snart',
      title: t('consultations.dueNext'),
      rows: loaderData.dueNext,
      none: t('consultations.noneDueNext'),
      show: 'open' as const,
      lead: t('consultations.dueNextLead', { date: loaderData.horizon }),
    },
    {
      id: 'senere',
      title: t('consultations.later'),
      rows: loaderData.later,
      none: t('consultations.noneLater'),
      show: 'open' as const,
    },
    {
      id: 'besvart-for-sent',
      title: t('consultations.answeredLate'),
      rows: loaderData.answeredLate,
      none: t('consultations.noneAnsweredLate'),
      show: 'closed' as const,
    },
    {
      id: 'avsluttet',
      title: t('consultations.closed'),
      rows: loaderData.closed,
      none: t('consultations.noneClosed'),
      show: 'closed' as const,
    },
  ];
  return (
    <>
      <PageHeader title={t('consultations.title')} lead={t('consultations.lead')}>
        {loaderData.editor ? (
          <Button asChild variant="secondary">
            <a href="#ny-horing">{t('consultations.new')}</a>
          </Button>
        ) : null}
      </PageHeader>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id}>
          <Heading level={2} data-size="md" id={s.id}>
            {s.title}
          </Heading>
          {s.lead ? <Paragraph data-size="sm">{s.lead}</Paragraph> : null}
          {s.rows.length ? (
            <ConsultationTable caption={s.title} rows={s.rows} show={s.show} />
          ) : (
            <Paragraph>{s.none}</Paragraph>
          )}
        </section>
      ))}
      {loaderData.editor ? (
        <section aria-labelledby="ny-horing">
          <Heading level={2} data-size="md" id="ny-horing">
            {t('consultations.new')}
          </Heading>
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <FormErrors failure={failure} labels={labels} />
            <ConsultationFields
              failure={failure}
              values={{
                title: '',
                authority: '',
                reference: '',
                receivedOn: loaderData.today,
                deadline: '',
                focusAreaId: null,
                responsibleId: null,
              }}
              focusAreas={loaderData.focusAreas}
              people={loaderData.people}
            />
            <div>
              <Button type="submit">{t('consultations.register')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
