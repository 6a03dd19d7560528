import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { makeBoard } from '../../../tests/support/organisation';
import { PreconditionFailed, Validation } from '../../kernel/errors';
import { getCase } from '../cases/queries';
import { registerCase } from '../cases/register-case';
import { outbox } from '../mail/schema';
import { addAgendaItem } from './add-agenda-item';
import { approveMinutes } from './approve-minutes';
import { moveAgendaItem } from './move-agenda-item';
import { getMeeting } from './queries';
import { recordAttendance } from './record-attendance';
import { recordDecision } from './record-decision';
import { scheduleMeeting } from './schedule-meeting';
import { sendNotice } from './send-notice';
import { updateMeeting } from './update-meeting';

const database = setupTestDatabase();
const db = () => database().db;

/** A board meeting on 17.9.2019 with two cases on its agenda; "now" is a month before. */
async function boardMeeting() {
  const { ctx: editor } = await makeUser(db(), { role: 'editor' });
  const ctx = { ...editor, now: new Date('2019-08-17T10:00:00Z') };
  const board = await makeBoard(db(), `Styret ${Math.random().toString(36).slice(2, 7)}`);
  const meeting = await scheduleMeeting({
    ctx,
    input: { bodyId: board.body.id, startsAt: '2019-09-17T10:00', location: 'Oslo rådhus' },
  });
  const c1 = await registerCase({
    ctx,
    input: {
      bodyId: board.body.id,
      title: 'Konsekvenser av ny kommunelov',
      number: '39/19',
      registeredOn: '2019-09-01',
      proposedDecision: 'Osloregionen omdannes til interkommunalt politisk råd i 2020.',
    },
  });
  const c2 = await registerCase({
    ctx,
    input: { bodyId: board.body.id, title: 'Budsjett 2020', registeredOn: '2019-09-02' },
  });
  const i1 = await addAgendaItem({ ctx, input: { meetingId: meeting.id, caseId: c1.id } });
  const i2 = await addAgendaItem({ ctx, input: { meetingId: meeting.id, caseId: c2.id } });
  return { ctx, board, meeting, cases: [c1, c2], items: [i1, i2] };
}

const present = (ids: string[], absent: string[] = []) => [
  ...ids.map((appointmentId) => ({ appointmentId, status: 'present' as const })),
  ...absent.map((appointmentId) => ({ appointmentId, status: 'absent' as const })),
];

describe('a board meeting from notice to minutes', () => {
  it('sends the notice to the members by e-mail, in time or with an urgent reason', async () => {
    const { ctx, meeting } = await boardMeeting();
    const first = await moveAgendaItem({
      ctx,
      input: { id: (await getMeeting(ctx, meeting.id)).agenda[1]!.id, position: 1 },
    });
    expect(first).toHaveLength(2);
    const late = { ...ctx, now: new Date('2019-09-14T10:00:00Z') };
    const refused = await sendNotice({
      ctx: late,
      input: { id: meeting.id, version: meeting.version },
    }).catch((e) => e);
    expect(refused).toBeInstanceOf(PreconditionFailed);
    const sent = await sendNotice({
      ctx,
      input: { id: meeting.id, version: meeting.version, baseUrl: 'https://samrad.example.org' },
    });
    expect(sent.recipients).toBe(5); // four members and the deputy
    expect(sent.meeting.status).toBe('notice_sent');
    const mails = await db().select().from(outbox).where(eq(outbox.entityId, meeting.id));
    expect(mails).toHaveLength(5);
    expect(mails[0]!.subject).toMatch(/^Innkalling: Styret/);
    expect(mails[0]!.text).toContain('Budsjett 2020');
    expect(mails[0]!.text).toContain('39/19 Konsekvenser av ny kommunelov');
    expect(mails[0]!.text).toContain('https://samrad.example.org/app/moter/');
    expect(await auditRowsFor(db(), 'meetings.sendNotice', meeting.id)).toHaveLength(1);
  });

  it("counts the votes, lets the chair's vote decide a tie, and records the case's decision", async () => {
    const { ctx, board, meeting, items, cases } = await boardMeeting();
    const [leader, m1, m2, m3] = board.seats;
    const held = await recordAttendance({
      ctx,
      input: {
        meetingId: meeting.id,
        version: meeting.version,
        entries: present([leader!.id, m1!.id, m2!.id, m3!.id]),
      },
    });
    expect(held.status).toBe('held');
    await recordDecision({
      ctx,
      input: {
        agendaItemId: items[0]!.id,
        version: items[0]!.version,
        decision: 'Osloregionen omdannes til interkommunalt politisk råd i 2020.',
        votes: [
          { appointmentId: leader!.id, choice: 'for' },
          { appointmentId: m1!.id, choice: 'for' },
          { appointmentId: m2!.id, choice: 'against' },
          { appointmentId: m3!.id, choice: 'against' },
        ],
      },
    });
    const model = await getMeeting(ctx, meeting.id);
    expect(model.agenda[0]).toMatchObject({
      outcome: 'adopted',
      count: { for: 2, against: 2, outcome: 'adopted', casting: true },
    });
    expect((await getCase(ctx, cases[0]!.id)).case).toMatchObject({
      status: 'decided',
      decidedOn: '2019-09-17',
    });

    // An election tie is not the chair's to decide.
    const election = await recordDecision({
      ctx,
      input: {
        agendaItemId: items[1]!.id,
        version: items[1]!.version,
        election: true,
        votes: [
          { appointmentId: leader!.id, choice: 'for' },
          { appointmentId: m1!.id, choice: 'for' },
          { appointmentId: m2!.id, choice: 'against' },
          { appointmentId: m3!.id, choice: 'against' },
        ],
      },
    });
    expect(election.outcome).toBe('tied');
    expect(await auditRowsFor(db(), 'meetings.recordDecision', meeting.id)).toHaveLength(2);
  });

  it('refuses a decision with fewer than half of the voting members present, and says why', async () => {
    const { ctx, board, meeting, items } = await boardMeeting();
    const [leader, m1, m2, m3] = board.seats;
    await recordAttendance({
      ctx,
      input: {
        meetingId: meeting.id,
        version: meeting.version,
        entries: present([leader!.id], [m1!.id, m2!.id, m3!.id]),
      },
    });
    const error = await recordDecision({
      ctx,
      input: { agendaItemId: items[0]!.id, version: 1, unanimous: true },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(PreconditionFailed);
    expect(error.params).toEqual({ present: 1, required: 2, total: 4 });
  });

  it('counts a deputy who met for an absent member, and refuses votes from those not present', async () => {
    const { ctx, board, meeting, items } = await boardMeeting();
    const [leader, m1, m2, m3] = board.seats;
    await recordAttendance({
      ctx,
      input: {
        meetingId: meeting.id,
        version: meeting.version,
        entries: [
          ...present([leader!.id]),
          { appointmentId: m1!.id, status: 'deputy', deputyAppointmentId: board.deputy.id },
          ...present([], [m2!.id, m3!.id]),
        ],
      },
    });
    const model = await getMeeting(ctx, meeting.id);
    expect(model.quorum).toMatchObject({ present: 2, required: 2, ok: true });
    await expect(
      recordDecision({
        ctx,
        input: { agendaItemId: items[0]!.id, version: 1, votes: [{ appointmentId: m2!.id, choice: 'for' }] },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    const unanimous = await recordDecision({
      ctx,
      input: { agendaItemId: items[0]!.id, version: 1, unanimous: true, decision: 'Vedtatt.' },
    });
    expect(unanimous.outcome).toBe('adopted');
  });

  it('approves the minutes only when every item has its outcome, and then the meeting is history', async () => {
    const { ctx, board, meeting, items } = await boardMeeting();
    const held = await recordAttendance({
      ctx,
      input: {
        meetingId: meeting.id,
        version: meeting.version,
        entries: present(board.seats.map((s) => s.id)),
      },
    });
    await recordDecision({ ctx, input: { agendaItemId: items[0]!.id, version: 1, unanimous: true } });
    const early = await approveMinutes({ ctx, input: { id: meeting.id, version: held.version } }).catch(
      (e) => e,
    );
    expect(early.messageKey).toBe('meetings.itemsWithoutOutcome');
    await recordDecision({ ctx, input: { agendaItemId: items[1]!.id, version: 1, outcome: 'postponed' } });
    const approved = await approveMinutes({
      ctx,
      input: { id: meeting.id, version: held.version, minutesNotes: 'Møtet ble hevet kl. 12.30.' },
    });
    expect(approved.status).toBe('minutes_approved');
    await expect(
      updateMeeting({
        ctx,
        input: { id: meeting.id, version: approved.version, startsAt: '2019-09-18T10:00' },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    expect(await auditRowsFor(db(), 'meetings.approveMinutes', meeting.id)).toHaveLength(1);
  });

  it('refuses a closed meeting without legal basis', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const board = await makeBoard(db(), 'Lukket styre');
    const error = await scheduleMeeting({
      ctx,
      input: { bodyId: board.body.id, startsAt: '2020-02-01T10:00', open: false },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Validation);
    expect(Object.keys(error.fieldErrors)).toEqual(['closedLegalBasis']);
  });
});
