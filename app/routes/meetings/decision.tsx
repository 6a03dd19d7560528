import { Alert, Button, Heading, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { can } from '../../../src/domain/meetings/permissions';
import { getMeeting } from '../../../src/domain/meetings/queries';
import { recordDecision } from '../../../src/domain/meetings/record-decision';
import { NotFound } from '../../../src/kernel/errors';
import { requirePermission } from '../../../src/kernel/guards';
import { useItemTitle } from '../../components/agenda';
import { CheckboxField, CsrfField, FormErrors, RadioGroup, TextareaField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Prose } from '../../components/prose';
import { agendaForPage } from '../../lib/agenda.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/decision';

const CHOICES = ['for', 'against', 'abstain'] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'meetings.manage'));
    const model = await getMeeting(ctx, params.id);
    const item = agendaForPage(model.agenda).find((i) => i.id === params.itemId);
    if (!item) throw new NotFound('agendaItem');
    const voters = model.seats
      .filter((s) => (s.status === 'present' || s.status === 'deputy') && s.appointment.votingRight)
      .map((s) => ({
        id: s.appointment.id,
        name: s.status === 'deputy' ? (s.deputy?.personName ?? '') : s.appointment.personName,
        forWhom: s.status === 'deputy' ? s.appointment.personName : null,
        onBehalf: s.appointment.onBehalf?.name ?? null,
        choice: item.votes?.find((v) => v.appointmentId === s.appointment.id)?.choice ?? '',
      }));
    return {
      meeting: model.meeting,
      item,
      voters,
      quorum: model.quorum,
      chair: model.chair?.personName ?? null,
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const mode = fields.mode ?? 'votes';
    const votes = Object.entries(fields)
      .filter(([key]) => key.startsWith('vote-'))
      .map(([key, choice]) => ({
        appointmentId: key.slice('vote-'.length),
        choice: choice as (typeof CHOICES)[number],
      }));
    await recordDecision({
      ctx,
      input: {
        agendaItemId: params.itemId,
        version: fields.version ?? '',
        decision: fields.decision ?? '',
        election: 'election' in fields,
        unanimous: mode === 'unanimous',
        outcome: mode === 'postponed' || mode === 'noted' ? mode : undefined,
        votes: mode === 'votes' ? votes : [],
      },
    });
    context.flash.set('meetings.decisionSaved');
    throw redirect(`/app/moter/${params.id}#sak-${fields.position ?? ''}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Vedtak – ${data?.meeting.title ?? 'møte'} – Samråd` }];
}

export default function Decision({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const itemTitle = useItemTitle();
  const failure = actionData as FormFailure | undefined;
  const { meeting, item, voters, quorum } = loaderData;
  const modes: ('votes' | 'unanimous' | 'postponed' | 'noted')[] = [
    'votes',
    'unanimous',
    'postponed',
    ...(item.kind === 'information' ? (['noted'] as const) : []),
  ];
  const currentMode = item.outcome === 'postponed' || item.outcome === 'noted' ? item.outcome : 'votes';
  return (
    <>
      <PageHeader title={itemTitle(item)} lead={meeting.title} />
      <FormErrors failure={failure} labels={{ decision: t('doc.decision') }} />
      {quorum.ok ? null : (
        <Alert data-color="warning">
          {t('meetings.noQuorum', {
            present: quorum.present,
            total: quorum.votingMembers,
            required: quorum.required,
          })}
        </Alert>
      )}
      {item.proposedDecisionHtml ? (
        <section aria-labelledby="forslag">
          <Heading level={2} data-size="sm" id="forslag">
            {t('doc.proposedDecision')}
          </Heading>
          <Prose html={item.proposedDecisionHtml} />
        </section>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="version" value={item.version} />
        <input type="hidden" name="position" value={item.position} />
        <TextareaField
          name="decision"
          label={t('doc.decision')}
          description={t('meetings.decisionHint')}
          defaultValue={item.decision || item.proposedDecision || ''}
          failure={failure}
          rows={6}
        />
        <RadioGroup
          name="mode"
          legend={t('meetings.howDecided')}
          options={modes.map((m) => ({ value: m, label: t(`meetings.mode.${m}`) }))}
          defaultValue={failure?.values.mode ?? currentMode}
        />
        <CheckboxField name="election" label={t('meetings.election')} defaultChecked={item.election} />
        <Heading level={2} data-size="sm">
          {t('doc.votes')}
        </Heading>
        {loaderData.chair ? <p>{t('meetings.chairIs', { name: loaderData.chair })}</p> : null}
        <Table>
          <caption className="visually-hidden">{t('doc.votes')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('doc.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('doc.onBehalf')}</Table.HeaderCell>
              <Table.HeaderCell>{t('doc.vote')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {voters.map((v) => (
              <Table.Row key={v.id}>
                <Table.Cell>
                  {v.name}
                  {v.forWhom ? (
                    <span className="muted"> ({t('meetings.deputyForShort', { name: v.forWhom })})</span>
                  ) : null}
                </Table.Cell>
                <Table.Cell>{v.onBehalf ?? '—'}</Table.Cell>
                <Table.Cell>
                  <RadioGroup
                    name={`vote-${v.id}`}
                    legend={t('meetings.voteOf', { name: v.name })}
                    hideLegend
                    compact
                    options={CHOICES.map((c) => ({ value: c, label: t(`doc.choice.${c}`) }))}
                    defaultValue={failure?.values[`vote-${v.id}`] ?? v.choice}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="page-actions">
          <Button type="submit">{t('meetings.saveDecision')}</Button>
          <Button asChild variant="tertiary">
            <Link to={`/app/moter/${meeting.id}`}>{t('common.cancel')}</Link>
          </Button>
        </div>
      </Form>
    </>
  );
}
