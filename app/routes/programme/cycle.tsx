import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { MILESTONE_BODY_KIND } from '../../../src/domain/cycle/fields';
import { planCycle } from '../../../src/domain/cycle/plan-cycle';
import type { MilestoneView } from '../../../src/domain/cycle/present';
import { cycleCalendar, getCycle } from '../../../src/domain/cycle/queries';
import { updateMilestone } from '../../../src/domain/cycle/update-milestone';
import { listMeetings } from '../../../src/domain/meetings/queries';
import { hasRole } from '../../../src/kernel/ctx';
import { todayInOslo } from '../../../src/kernel/dates';
import { AnnualWheel } from '../../components/annual-wheel';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { caseChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/cycle';

const STATE_COLOR = { upcoming: 'neutral', due: 'info', late: 'danger', done: 'success' } as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const today = todayInOslo(ctx.now);
  const asked = param(new URL(request.url), 'ar');
  const year = asked && /^\d{4}$/.test(asked) ? Number(asked) : Number(today.slice(0, 4));
  return guard(request, ctx.locale, async () => {
    const canEdit = hasRole(ctx.actor, 'editor');
    const [calendar, cycle] = await Promise.all([cycleCalendar(ctx, year), getCycle(ctx, year)]);
    const [meetings, cases] = canEdit
      ? await Promise.all([
          listMeetings(ctx, { from: `${year - 1}-01-01`, to: `${year + 1}-12-31` }),
          caseChoices(ctx, [year - 1, year, year + 1]),
        ])
      : [[], []];
    return {
      year,
      today,
      calendar,
      cycle,
      canEdit,
      meetings: meetings
        .filter((m) => m.status !== 'cancelled')
        .map((m) => ({ value: m.id, label: `${m.day} ${m.bodyName}: ${m.title}` })),
      cases,
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const year = fields.year ?? '';
  return formAction(request, ctx.locale, fields, async () => {
    if (fields.intent === 'plan') {
      await planCycle({ ctx, input: { year } });
      context.flash.set('cycleUi.planned', { year });
      throw redirect(`/app/arshjul?ar=${year}#planar`);
    }
    await updateMilestone({
      ctx,
      input: {
        id: fields.id ?? '',
        version: fields.version ?? '',
        windowFrom: fields.windowFrom ?? '',
        windowTo: fields.windowTo ?? '',
        doneOn: fields.doneOn ?? null,
        meetingId: fields.meetingId ?? null,
        caseId: fields.caseId ?? null,
        notes: fields.notes ?? '',
      },
    });
    context.flash.set('common.saved');
    throw redirect(`/app/arshjul?ar=${year}#m-${fields.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Årshjul ${data?.year ?? ''} – Samråd` }];
}

export default function Cycle({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const failure = actionData as FormFailure | undefined;
  const { year, calendar, cycle } = loaderData;
  const milestoneName = (m: MilestoneView) => t(`cycle.kind.${m.kind}`, { year: m.year });
  return (
    <>
      <PageHeader title={t('cycleUi.title', { year })} lead={t('cycleUi.lead')} />
      <nav aria-label={t('cycleUi.yearNav')} className="item-actions">
        <Link to={`?ar=${year - 1}`} className="ds-link">
          ← {year - 1}
        </Link>
        <Link to={`?ar=${year + 1}`} className="ds-link">
          {year + 1} →
        </Link>
      </nav>
      <FormErrors
        failure={failure}
        labels={{
          windowTo: t('cycleUi.windowTo'),
          windowFrom: t('cycleUi.windowFrom'),
          doneOn: t('cycleUi.doneOn'),
        }}
        fieldIds={{
          doneOn: `done-${failure?.values.id}`,
          windowFrom: `from-${failure?.values.id}`,
          windowTo: `to-${failure?.values.id}`,
        }}
      />
      <div className="wheel-layout">
        <AnnualWheel
          year={year}
          milestones={calendar.milestones}
          meetings={calendar.meetings}
          today={loaderData.today}
        />
        <div className="stack">
          <Paragraph data-size="sm">{t('cycleUi.wheelHelp')}</Paragraph>
          {calendar.milestones.length === 0 ? (
            <Paragraph>{t('cycleUi.noMilestones', { year })}</Paragraph>
          ) : null}
        </div>
      </div>
      {calendar.milestones.length ? (
        <Table zebra>
          <caption>{t('cycleUi.tableCaption', { year })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('cycleUi.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('pdoc.milestone')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cycleUi.window')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cycleUi.state')}</Table.HeaderCell>
              <Table.HeaderCell>{t('pdoc.doneWhere')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {calendar.milestones.map((m, i) => (
              <Table.Row key={m.id}>
                <Table.Cell>{i + 1}</Table.Cell>
                <Table.Cell>{milestoneName(m)}</Table.Cell>
                <Table.Cell>
                  {format.date(m.windowFrom)} – {format.date(m.windowTo)}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color={STATE_COLOR[m.state]} data-size="sm">
                    {t(`cycle.state.${m.state}`)}
                  </Tag>
                </Table.Cell>
                <Table.Cell>
                  {m.doneOn ? format.date(m.doneOn) : '—'}
                  {m.case ? (
                    <>
                      {' · '}
                      <Link to={`/app/saker/${m.case.id}`} className="ds-link">
                        {t('meetings.caseLabel', { number: m.case.number })}
                      </Link>
                    </>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
      <section aria-labelledby="moter-i-aret">
        <Heading level={2} data-size="sm" id="moter-i-aret">
          {t('cycleUi.meetings', { year })}
        </Heading>
        {calendar.meetings.length === 0 ? (
          <Paragraph>{t('cycleUi.noMeetings')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {calendar.meetings.map((m) => (
              <li key={m.id}>
                {format.date(m.day)}:{' '}
                <Link to={`/app/moter/${m.id}`} className="ds-link">
                  {m.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="planar" className="stack">
        <Heading level={2} data-size="md" id="planar">
          {t('cycleUi.planYear', { year })}
        </Heading>
        <Paragraph>{t('cycleUi.planYearLead', { year })}</Paragraph>
        {cycle.unplanned.length ? (
          <div className="panel stack">
            <Paragraph>
              {cycle.planned ? t('cycleUi.partlyPlanned') : t('cycleUi.notPlanned', { year })}
            </Paragraph>
            <ul className="plain-list">
              {cycle.unplanned.map((u) => (
                <li key={u.kind}>
                  {t(`cycle.kind.${u.kind}`, { year })}: {format.date(u.windowFrom)} –{' '}
                  {format.date(u.windowTo)}
                </li>
              ))}
            </ul>
            {loaderData.canEdit ? (
              <Form method="post">
                <CsrfField />
                <input type="hidden" name="intent" value="plan" />
                <input type="hidden" name="year" value={year} />
                <Button type="submit">{t('cycleUi.plan', { year })}</Button>
              </Form>
            ) : null}
          </div>
        ) : null}
        {cycle.milestones.map((m) => {
          // A failed save shows in its own milestone's form only.
          const mine = failure?.values.id === m.id ? failure : undefined;
          return (
            <article key={m.id} id={`m-${m.id}`} className="panel stack" aria-labelledby={`m-title-${m.id}`}>
              <Heading level={3} data-size="xs" id={`m-title-${m.id}`}>
                {milestoneName(m)}{' '}
                <Tag data-color={STATE_COLOR[m.state]} data-size="sm">
                  {t(`cycle.state.${m.state}`)}
                </Tag>
              </Heading>
              <Paragraph>
                {t('cycleUi.windowText', { from: m.windowFrom, to: m.windowTo })}
                {m.doneOn ? ` ${t('cycleUi.doneText', { date: m.doneOn })}` : ''}
                {m.doneLate ? ` ${t('cycleUi.doneLate')}` : ''}
                {m.meeting
                  ? ` ${t('cycleUi.atMeeting', { body: m.meeting.bodyName, date: m.meeting.day })}`
                  : ''}
              </Paragraph>
              {m.notes ? <Paragraph data-size="sm">{m.notes}</Paragraph> : null}
              {loaderData.canEdit ? (
                <details open={mine ? true : undefined}>
                  <summary>{t('cycleUi.record')}</summary>
                  <Form method="post" className="stack" noValidate>
                    <CsrfField />
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="year" value={year} />
                    <input type="hidden" name="id" value={m.id} />
                    <input type="hidden" name="version" value={m.version} />
                    <TextField
                      id={`done-${m.id}`}
                      name="doneOn"
                      type="date"
                      label={t('cycleUi.doneOn')}
                      defaultValue={m.doneOn}
                      failure={mine}
                    />
                    <SelectField
                      id={`meeting-${m.id}`}
                      name="meetingId"
                      label={t('cycleUi.meeting', {
                        body: t(`cycleUi.bodyKind.${MILESTONE_BODY_KIND[m.kind]}`),
                      })}
                      defaultValue={m.meeting?.id ?? ''}
                      options={[{ value: '', label: t('common.none') }, ...loaderData.meetings]}
                    />
                    <SelectField
                      id={`case-${m.id}`}
                      name="caseId"
                      label={t('cycleUi.case')}
                      defaultValue={m.case?.id ?? ''}
                      options={[{ value: '', label: t('common.none') }, ...loaderData.cases]}
                    />
                    <TextField
                      id={`from-${m.id}`}
                      name="windowFrom"
                      type="date"
                      label={t('cycleUi.windowFrom')}
                      defaultValue={m.windowFrom}
                      failure={mine}
                    />
                    <TextField
                      id={`to-${m.id}`}
                      name="windowTo"
                      type="date"
                      label={t('cycleUi.windowTo')}
                      defaultValue={m.windowTo}
                      failure={mine}
                    />
                    <TextareaField
                      id={`notes-${m.id}`}
                      name="notes"
                      label={t('common.notes')}
                      defaultValue={m.notes ?? ''}
                      rows={2}
                    />
                    <div>
                      <Button type="submit" variant="secondary">
                        {t('common.save')}
                      </Button>
                    </div>
                  </Form>
                </details>
              ) : null}
            </article>
          );
        })}
      </section>
    </>
  );
}
