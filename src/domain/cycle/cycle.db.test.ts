import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, systemTestCtx } from '../../../tests/support/fixtures';
import { makeBoard } from '../../../tests/support/organisation';
import { Conflict, Forbidden, Validation } from '../../kernel/errors';
import { registerCase } from '../cases/register-case';
import { outbox } from '../mail/schema';
import { scheduleMeeting } from '../meetings/schedule-meeting';
import { getSettings } from '../settings/queries';
import { updateCycleSettings } from '../settings/update-cycle-settings';
import { planCycle } from './plan-cycle';
import { cycleCalendar, getCycle, milestonesNeedingAttention } from './queries';
import { sendCycleReminders } from './send-cycle-reminders';
import { updateMilestone } from './update-milestone';

const database = setupTestDatabase();
const db = () => database().db;

describe('the annual cycle', () => {
  it('plans a year with the windows of the settings, once', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const before = await getCycle(ctx, 2061);
    expect(before.planned).toBe(false);
    expect(before.unplanned.map((u) => u.kind)).toEqual([
      'fee',
      'programme_budget',
      'annual_report',
      'report_to_council',
    ]);
    const rows = await planCycle({ ctx, input: { year: 2061 } });
    expect(rows).toHaveLength(4);
    const cycle = await getCycle(ctx, 2061);
    expect(cycle.milestones.map((m) => [m.kind, m.windowFrom, m.windowTo, m.state, m.bodyKind])).toEqual([
      ['fee', '2060-04-01', '2060-05-31', 'upcoming', 'council'],
      ['programme_budget', '2060-11-01', '2060-12-31', 'upcoming', 'board'],
      ['annual_report', '2062-03-01', '2062-03-31', 'upcoming', 'board'],
      ['report_to_council', '2062-04-01', '2062-06-30', 'upcoming', 'council'],
    ]);
    await expect(planCycle({ ctx, input: { year: 2061 } })).rejects.toBeInstanceOf(Conflict);
    const member = await makeUser(db(), { role: 'member' });
    await expect(planCycle({ ctx: member.ctx, input: { year: 2062 } })).rejects.toBeInstanceOf(Forbidden);
    expect(await auditRowsFor(db(), 'cycle.planCycle')).not.toHaveLength(0);
  });

  it('records where a milestone happened, late or not, and shows notes only to signed-in users', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    await planCycle({ ctx, input: { year: 2063 } });
    const { body } = await makeBoard(db(), 'Syklusstyret');
    const kase = await registerCase({
      ctx,
      input: { bodyId: body.id, title: 'Årsrapport 2063', registeredOn: '2064-03-01' },
    });
    const meeting = await scheduleMeeting({ ctx, input: { bodyId: body.id, startsAt: '2064-04-02T10:00' } });
    const report = (await getCycle(ctx, 2063)).milestones.find((m) => m.kind === 'annual_report')!;
    const wrong = await updateMilestone({
      ctx,
      input: { id: report.id, version: report.version, windowFrom: '2064-03-31', windowTo: '2064-03-01' },
    }).catch((e) => e);
    expect(wrong).toBeInstanceOf(Validation);
    await updateMilestone({
      ctx,
      input: {
        id: report.id,
        version: report.version,
        windowFrom: report.windowFrom,
        windowTo: report.windowTo,
        doneOn: '2064-04-02',
        meetingId: meeting.id,
        caseId: kase.id,
        notes: 'Utsatt fra mars fordi revisjonen kom sent.',
      },
    });
    const done = (await getCycle(ctx, 2063)).milestones.find((m) => m.kind === 'annual_report')!;
    expect(done).toMatchObject({
      state: 'done',
      doneLate: true,
      case: { number: kase.number, title: 'Årsrapport 2063' },
      meeting: { id: meeting.id, day: '2064-04-02' },
      notes: 'Utsatt fra mars fordi revisjonen kom sent.',
    });
    const anonymous = (await getCycle(anonymousCtx(db()), 2063)).milestones.find(
      (m) => m.kind === 'annual_report',
    )!;
    expect(anonymous.notes).toBeNull();
    const stale = await updateMilestone({
      ctx,
      input: {
        id: report.id,
        version: report.version,
        windowFrom: report.windowFrom,
        windowTo: report.windowTo,
      },
    }).catch((e) => e);
    expect(stale).toBeInstanceOf(Conflict);
  });

  it("draws a calendar year with the milestones of several plan years and the year's meetings", async () => {
    const ctx = systemTestCtx(db());
    await planCycle({ ctx, input: { year: 2071 } });
    await planCycle({ ctx, input: { year: 2069 } });
    const { body } = await makeBoard(db(), 'Kalenderstyret');
    await scheduleMeeting({ ctx, input: { bodyId: body.id, startsAt: '2070-09-17T10:00' } });
    const wheel = await cycleCalendar(ctx, 2070);
    // By the start of the window, then the plan year.
    expect(wheel.milestones.map((m) => `${m.kind} ${m.year}`)).toEqual([
      'annual_report 2069',
      'report_to_council 2069',
      'fee 2071',
      'programme_budget 2071',
    ]);
    expect(wheel.meetings.map((m) => m.day)).toEqual(['2070-09-17']);
  });
});

describe('the settings of the cycle', () => {
  it('refuse a window that ends before it begins, and are for administrators', async () => {
    const admin = await makeUser(db(), { role: 'admin' });
    const settings = await getSettings(admin.ctx, 'cycle');
    const backwards = { ...settings.windows, fee: { yearOffset: -1, fromMonth: 5, toMonth: 4 } };
    const refused = await updateCycleSettings({
      ctx: admin.ctx,
      input: { ...settings, windows: backwards },
    }).catch((e) => e);
    expect(refused.fieldErrors['windows.fee.toMonth']).toEqual(['Vinduet kan ikke slutte før det begynner.']);
    const editor = await makeUser(db(), { role: 'editor' });
    await expect(updateCycleSettings({ ctx: editor.ctx, input: settings })).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('what needs attention', () => {
  it('is what is late within the last year, then what is due, by deadline; not what is far ahead', async () => {
    const ctx = { ...systemTestCtx(db()), now: new Date('2095-11-20T10:00:00Z') };
    await planCycle({ ctx, input: { year: 2096 } });
    const now = await milestonesNeedingAttention(ctx);
    expect(now.map((m) => [m.kind, m.state])).toEqual([
      ['fee', 'late'],
      ['programme_budget', 'due'],
    ]);
  });
});

describe('reminders', () => {
  it('go once to every active editor and administrator before a window closes, and not for what is done or long past', async () => {
    const system = systemTestCtx(db());
    const editor = await makeUser(db(), { role: 'editor' });
    const admin = await makeUser(db(), { role: 'admin' });
    const member = await makeUser(db(), { role: 'member' });
    const settings = await getSettings(system, 'cycle');
    await updateCycleSettings({ ctx: admin.ctx, input: { ...settings, reminderDays: 20 } });
    const now = new Date('2081-11-20T08:00:00Z');
    const at = { ...system, now };
    // Plan year 2082: the programme is due by 31.12.2081, 41 days ahead; the fee window (spring 2081) is long past.
    await planCycle({ ctx: at, input: { year: 2082 } });
    expect((await sendCycleReminders({ ctx: at, input: {} })).reminded).toBe(0);

    const later = { ...system, now: new Date('2081-12-12T08:00:00Z') };
    const sent = await sendCycleReminders({ ctx: later, input: { baseUrl: 'https://samrad.example.org/' } });
    expect(sent.reminded).toBe(1);
    const milestone = (await getCycle(later, 2082)).milestones.find((m) => m.kind === 'programme_budget')!;
    const mails = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.entityType, 'milestone'), eq(outbox.entityId, milestone.id)));
    const to = mails.map((m) => m.toAddress);
    expect(to).toEqual(expect.arrayContaining([editor.user.email, admin.user.email]));
    expect(to).not.toContain(member.user.email);
    expect(mails[0]!.subject).toBe(
      'Påminnelse: Styret vedtar handlingsprogram og budsjett for 2082 – innen 31. desember 2081',
    );
    expect(mails[0]!.text).toContain('https://samrad.example.org/app/arshjul?ar=2082');
    expect((await sendCycleReminders({ ctx: later, input: {} })).reminded).toBe(0);
    expect(await auditRowsFor(db(), 'cycle.sendCycleReminders')).not.toHaveLength(0);
    await expect(sendCycleReminders({ ctx: editor.ctx, input: {} })).rejects.toBeInstanceOf(Forbidden);
  });
});
