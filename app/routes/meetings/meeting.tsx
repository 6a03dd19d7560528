import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { listCases } from '../../../src/domain/cases/queries';
import { addAgendaItem } from '../../../src/domain/meetings/add-agenda-item';
import { approveMinutes } from '../../../src/domain/meetings/approve-minutes';
import { cancelMeeting } from '../../../src/domain/meetings/cancel-meeting';
import { moveAgendaItem } from '../../../src/domain/meetings/move-agenda-item';
import { can } from '../../../src/domain/meetings/permissions';
import { getMeeting } from '../../../src/domain/meetings/queries';
import { removeAgendaItem } from '../../../src/domain/meetings/remove-agenda-item';
import { sendNotice } from '../../../src/domain/meetings/send-notice';
import { getSettings } from '../../../src/domain/settings/queries';
import { Agenda } from '../../components/agenda';
import {
  CheckboxField,
  CsrfField,
  FormErrors,
  SelectField,
  TextareaField,
  TextField,
} from '../../components/form';
import { MeetingDocuments } from '../../components/meeting-documents';
import { MeetingFacts } from '../../components/meeting-facts';
import { MeetingStatus } from '../../components/meeting-status';
import { PageHeader } from '../../components/page-header';
import { agendaForPage } from '../../lib/agenda.server';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/meeting';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const model = await getMeeting(ctx, params.id);
    const { meeting } = model;
    const canEdit = can(ctx.actor, 'meetings.manage');
    const changeable = canEdit && meeting.status !== 'minutes_approved' && meeting.status !== 'cancelled';
    const onAgenda = new Set(model.agenda.map((i) => i.caseId));
    const candidates = changeable
      ? (await listCases(ctx, { forBodyId: model.body.id, open: 'true', limit: 500 })).items.filter(
          (c) => !onAgenda.has(c.id),
        )
      : [];
    return {
      meeting,
      body: model.body,
      agenda: agendaForPage(model.agenda),
      seats: model.seats,
      quorum: model.quorum,
      attendanceRecorded: model.attendanceRecorded,
      canEdit,
      changeable,
      noticeDays: (await getSettings(ctx, 'meetings')).noticeDays,
      candidates: candidates.map((c) => ({ value: c.id, label: `${c.number} ${c.title ?? ''}` })),
    };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const back = `/app/moter/${params.id}`;
  return formAction(request, ctx.locale, fields, async () => {
    switch (fields.intent) {
      case 'add-item':
        await addAgendaItem({
          ctx,
          input: {
            meetingId: params.id,
            caseId: fields.caseId,
            title: fields.title ?? '',
            election: 'election' in fields,
          },
        });
        context.flash.set('meetings.itemAdded');
        throw redirect(`${back}#saksliste`);
      case 'move':
        await moveAgendaItem({ ctx, input: { id: fields.itemId ?? '', position: fields.position ?? '' } });
        throw redirect(`${back}#saksliste`);
      case 'remove-item':
        await removeAgendaItem({ ctx, input: { id: fields.itemId ?? '' } });
        context.flash.set('meetings.itemRemoved');
        throw redirect(`${back}#saksliste`);
      case 'send-notice': {
        const result = await sendNotice({
          ctx,
          input: {
            id: params.id,
            version: fields.version ?? '',
            urgentReason: fields.urgentReason,
            baseUrl: context.publicUrl,
          },
        });
        context.flash.set('meetings.noticeSent', { count: result.recipients });
        throw redirect(back);
      }
      case 'approve':
        await approveMinutes({
          ctx,
          input: { id: params.id, version: fields.version ?? '', minutesNotes: fields.minutesNotes ?? '' },
        });
        context.flash.set('meetings.minutesApprovedFlash');
        throw redirect(back);
      case 'cancel':
        await cancelMeeting({ ctx, input: { id: params.id, version: fields.version ?? '' } });
        context.flash.set('meetings.cancelledFlash');
        throw redirect(back);
      default:
        throw new Response(null, { status: 400 });
    }
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.meeting.title ?? 'Møte'} – Samråd` }];
}

export default function Meeting({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  const { meeting, agenda, changeable } = loaderData;
  const id = meeting.id;
  const last = agenda.length;
  return (
    <>
      <PageHeader title={meeting.title} lead={loaderData.body.name}>
        {changeable ? (
          <Button asChild variant="secondary">
            <Link to={`/app/moter/${id}/rediger`}>{t('common.edit')}</Link>
          </Button>
        ) : null}
      </PageHeader>
      <FormErrors
        failure={failure}
        labels={{ title: t('meetings.infoTitle'), urgentReason: t('meetings.urgentReason') }}
      />
      <MeetingFacts meeting={meeting}>
        <dt>{t('meetings.statusLabel')}</dt>
        <dd>
          <MeetingStatus status={meeting.status} />
        </dd>
      </MeetingFacts>
      <MeetingDocuments base={`/app/moter/${id}`} minutesApproved={meeting.status === 'minutes_approved'} />

      <section aria-labelledby="saksliste">
        <Heading level={2} data-size="md" id="saksliste">
          {t('meetings.agenda')}
        </Heading>
        {agenda.length === 0 ? <Paragraph>{t('meetings.agendaEmptyHint')}</Paragraph> : null}
        <Agenda
          items={agenda}
          caseHref={(caseId) => `/app/saker/${caseId}`}
          actions={(item, index) =>
            changeable ? (
              <div className="item-actions">
                {meeting.status === 'held' ? (
                  <Button asChild data-size="sm">
                    <Link to={`/app/moter/${id}/vedtak/${item.id}`}>
                      {item.outcome ? t('meetings.changeDecision') : t('meetings.recordDecision')}
                    </Link>
                  </Button>
                ) : null}
                {index > 0 ? (
                  <ItemForm
                    intent="move"
                    itemId={item.id}
                    position={item.position - 1}
                    label={t('meetings.moveUp')}
                  />
                ) : null}
                {index < last - 1 ? (
                  <ItemForm
                    intent="move"
                    itemId={item.id}
                    position={item.position + 1}
                    label={t('meetings.moveDown')}
                  />
                ) : null}
                {item.outcome ? null : (
                  <ItemForm intent="remove-item" itemId={item.id} label={t('meetings.removeItem')} />
                )}
              </div>
            ) : null
          }
        />
        {changeable ? (
          <Form method="post" className="stack panel" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="add-item" />
            <Heading level={3} data-size="xs">
              {t('meetings.addItem')}
            </Heading>
            <SelectField
              name="caseId"
              label={t('meetings.case')}
              description={t('meetings.caseHint')}
              failure={failure}
              options={[{ value: '', label: t('meetings.informationItemOption') }, ...loaderData.candidates]}
            />
            <TextField name="title" label={t('meetings.infoTitle')} failure={failure} />
            <CheckboxField name="election" label={t('meetings.election')} />
            <div>
              <Button type="submit" variant="secondary">
                {t('meetings.addToAgenda')}
              </Button>
            </div>
          </Form>
        ) : null}
      </section>

      {loaderData.canEdit ? <Course data={loaderData} failure={failure} /> : null}

      <Attendance
        seats={loaderData.seats}
        recorded={loaderData.attendanceRecorded}
        quorum={loaderData.quorum}
      />
    </>
  );
}

function ItemForm({
  intent,
  itemId,
  position,
  label,
}: {
  intent: string;
  itemId: string;
  position?: number;
  label: string;
}) {
  return (
    <Form method="post" className="inline-form">
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="itemId" value={itemId} />
      {position ? <input type="hidden" name="position" value={position} /> : null}
      <Button type="submit" variant="tertiary" data-size="sm">
        {label}
      </Button>
    </Form>
  );
}

type LoaderData = Route.ComponentProps['loaderData'];

/** The next step of the meeting's course for the secretariat: notice, attendance, minutes, or cancel. */
function Course({ data, failure }: { data: LoaderData; failure: FormFailure | undefined }) {
  const t = useT();
  const { meeting } = data;
  if (!data.changeable) return null;
  return (
    <section aria-labelledby="gang" className="stack">
      <Heading level={2} data-size="md" id="gang">
        {t('meetings.course')}
      </Heading>
      {meeting.status === 'planned' ? (
        <Form method="post" className="stack panel" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="send-notice" />
          <input type="hidden" name="version" value={meeting.version} />
          <Heading level={3} data-size="xs">
            {t('meetings.sendNotice')}
          </Heading>
          <Paragraph>{t('meetings.sendNoticeHint', { days: data.noticeDays })}</Paragraph>
          <TextareaField
            name="urgentReason"
            label={t('meetings.urgentReason')}
            description={t('meetings.urgentReasonHint')}
            failure={failure}
            rows={2}
          />
          <div>
            <Button type="submit">{t('meetings.sendNotice')}</Button>
          </div>
        </Form>
      ) : null}
      <div className="stack panel">
        <Heading level={3} data-size="xs">
          {t('meetings.attendance')}
        </Heading>
        <Paragraph>
          {data.attendanceRecorded ? t('meetings.attendanceRecorded') : t('meetings.attendanceHint')}
        </Paragraph>
        <Button asChild variant="secondary">
          <Link to={`/app/moter/${meeting.id}/oppmote`}>{t('meetings.recordAttendance')}</Link>
        </Button>
      </div>
      {meeting.status === 'held' ? (
        <Form method="post" className="stack panel" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="approve" />
          <input type="hidden" name="version" value={meeting.version} />
          <Heading level={3} data-size="xs">
            {t('meetings.approveMinutes')}
          </Heading>
          <TextareaField
            name="minutesNotes"
            label={t('meetings.minutesNotes')}
            description={t('meetings.minutesNotesHint')}
            defaultValue={meeting.minutesNotes}
            failure={failure}
            rows={3}
          />
          <div>
            <Button type="submit">{t('meetings.approveMinutes')}</Button>
          </div>
        </Form>
      ) : null}
      {meeting.status === 'planned' || meeting.status === 'notice_sent' ? (
        <Form method="post" className="inline-form">
          <CsrfField />
          <input type="hidden" name="intent" value="cancel" />
          <input type="hidden" name="version" value={meeting.version} />
          <Button type="submit" variant="tertiary" data-color="danger">
            {t('meetings.cancel')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}

function Attendance({
  seats,
  recorded,
  quorum,
}: {
  seats: LoaderData['seats'];
  recorded: boolean;
  quorum: LoaderData['quorum'];
}) {
  const t = useT();
  return (
    <section aria-labelledby="oppmote">
      <Heading level={2} data-size="md" id="oppmote">
        {recorded ? t('meetings.attendance') : t('meetings.called')}
      </Heading>
      {recorded ? (
        <Alert data-color={quorum.ok ? 'success' : 'warning'}>
          {quorum.ok
            ? t('meetings.quorumOk', { present: quorum.present, total: quorum.votingMembers })
            : t('meetings.noQuorum', {
                present: quorum.present,
                total: quorum.votingMembers,
                required: quorum.required,
              })}
        </Alert>
      ) : null}
      {seats.length === 0 ? (
        <Paragraph>{t('meetings.noSeats')}</Paragraph>
      ) : (
        <Table zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('doc.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('doc.role')}</Table.HeaderCell>
              <Table.HeaderCell>{t('doc.onBehalf')}</Table.HeaderCell>
              {recorded ? <Table.HeaderCell>{t('doc.attendanceColumn')}</Table.HeaderCell> : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {seats.map((s) => (
              <Table.Row key={s.appointment.id}>
                <Table.Cell>{s.appointment.personName}</Table.Cell>
                <Table.Cell>{t(`bodies.role.${s.appointment.role}`)}</Table.Cell>
                <Table.Cell>{s.appointment.onBehalf?.name ?? '—'}</Table.Cell>
                {recorded ? (
                  <Table.Cell>
                    {s.status === 'deputy'
                      ? t('doc.deputyMet', { name: s.deputy?.personName ?? '' })
                      : s.status
                        ? t(`doc.${s.status}`)
                        : '—'}
                  </Table.Cell>
                ) : null}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
