import { Button, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { can } from '../../../src/domain/meetings/permissions';
import { getMeeting } from '../../../src/domain/meetings/queries';
import { recordAttendance } from '../../../src/domain/meetings/record-attendance';
import { requirePermission } from '../../../src/kernel/guards';
import { CsrfField, FormErrors, RadioGroup } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/attendance';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    requirePermission(ctx, can(ctx.actor, 'meetings.manage'));
    const model = await getMeeting(ctx, params.id);
    return {
      meeting: model.meeting,
      bodyName: model.body.name,
      recorded: model.attendanceRecorded,
      seats: model.seats.map((s) => ({
        id: s.appointment.id,
        name: s.appointment.personName,
        role: s.appointment.role,
        votingRight: s.appointment.votingRight,
        onBehalf: s.appointment.onBehalf?.name ?? null,
        status: s.status,
        deputyId: s.deputy?.id ?? '',
      })),
      deputies: model.deputies.map((d) => ({ value: d.id, label: d.personName })),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  return formAction(request, ctx.locale, fields, async () => {
    const entries = Object.keys(fields)
      .filter((key) => key.startsWith('status-'))
      .map((key) => {
        const appointmentId = key.slice('status-'.length);
        return {
          appointmentId,
          status: fields[key] as 'present' | 'absent' | 'deputy',
          deputyAppointmentId: fields[`deputy-${appointmentId}`] ?? null,
        };
      });
    await recordAttendance({ ctx, input: { meetingId: params.id, version: fields.version ?? '', entries } });
    context.flash.set('meetings.attendanceSaved');
    throw redirect(`/app/moter/${params.id}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Oppmøte – ${data?.meeting.title ?? 'møte'} – Samråd` }];
}

export default function Attendance({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const failure = actionData as FormFailure | undefined;
  const { meeting, seats, deputies } = loaderData;
  const statuses = ['present', 'absent', ...(deputies.length ? ['deputy'] : [])].map((value) => ({
    value,
    label: t(`meetings.attendanceStatus.${value as 'present' | 'absent' | 'deputy'}`),
  }));
  return (
    <>
      <PageHeader
        title={t('meetings.recordAttendance')}
        lead={`${meeting.title} · ${format.dateTime(meeting.startsAt)}`}
      />
      <Form method="post" className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="version" value={meeting.version} />
        <FormErrors failure={failure} labels={{}} />
        <Table>
          <caption className="visually-hidden">{t('meetings.attendance')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('doc.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('doc.role')}</Table.HeaderCell>
              <Table.HeaderCell>{t('doc.attendanceColumn')}</Table.HeaderCell>
              {deputies.length ? <Table.HeaderCell>{t('meetings.deputyWho')}</Table.HeaderCell> : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {seats.map((seat) => (
              <Table.Row key={seat.id}>
                <Table.Cell>
                  {seat.name}
                  {seat.onBehalf ? <span className="muted"> ({seat.onBehalf})</span> : null}
                </Table.Cell>
                <Table.Cell>
                  {t(`bodies.role.${seat.role}`)}
                  {seat.votingRight ? '' : ` · ${t('meetings.noVote')}`}
                </Table.Cell>
                <Table.Cell>
                  <RadioGroup
                    name={`status-${seat.id}`}
                    legend={t('meetings.attendanceOf', { name: seat.name })}
                    hideLegend
                    compact
                    options={statuses}
                    defaultValue={failure?.values[`status-${seat.id}`] ?? seat.status ?? 'present'}
                  />
                </Table.Cell>
                {deputies.length ? (
                  <Table.Cell>
                    <label className="visually-hidden" htmlFor={`field-deputy-${seat.id}`}>
                      {t('meetings.deputyFor', { name: seat.name })}
                    </label>
                    <select
                      className="ds-input"
                      id={`field-deputy-${seat.id}`}
                      name={`deputy-${seat.id}`}
                      defaultValue={failure?.values[`deputy-${seat.id}`] ?? seat.deputyId}
                    >
                      <option value="">—</option>
                      {deputies.map((d) => (
                        <option key={d.value} value={d.value}>
                          {d.label}
                        </option>
                      ))}
                    </select>
                  </Table.Cell>
                ) : null}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="page-actions">
          <Button type="submit">{t('meetings.saveAttendance')}</Button>
          <Button asChild variant="tertiary">
            <Link to={`/app/moter/${meeting.id}`}>{t('common.cancel')}</Link>
          </Button>
        </div>
      </Form>
    </>
  );
}
