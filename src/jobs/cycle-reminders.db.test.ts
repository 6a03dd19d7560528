import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { auditRowsFor, makeUser, systemTestCtx } from '../../tests/support/fixtures';
import { planCycle } from '../domain/cycle/plan-cycle';
import { createLogger } from '../kernel/logger';
import { runCycleReminders } from './cycle-reminders';

const database = setupTestDatabase();

describe('the reminder job', () => {
  it('leaves no trace in an hour with nothing due, and queues the reminder when a window closes soon', async () => {
    const db = database().db;
    await makeUser(db, { role: 'editor' });
    const logger = createLogger('silent');
    const planned = { ...systemTestCtx(db), now: new Date('2086-01-10T08:00:00Z') };
    await planCycle({ ctx: planned, input: { year: 2087 } });
    const before = (await auditRowsFor(db, 'cycle.sendCycleReminders')).length;

    // January 2086: the fee window (April–May) and the programme window (Nov–Dec) are months away.
    expect(await runCycleReminders({ db, baseUrl: undefined, logger, now: planned.now })).toBe(0);
    expect(await auditRowsFor(db, 'cycle.sendCycleReminders')).toHaveLength(before);

    // 10 May 2086: the fee window closes in three weeks.
    const may = new Date('2086-05-10T08:00:00Z');
    expect(await runCycleReminders({ db, baseUrl: 'https://samrad.example.org', logger, now: may })).toBe(1);
    expect(await auditRowsFor(db, 'cycle.sendCycleReminders')).toHaveLength(before + 1);
    expect(await runCycleReminders({ db, baseUrl: undefined, logger, now: may })).toBe(0);
    expect(await auditRowsFor(db, 'cycle.sendCycleReminders')).toHaveLength(before + 1);
  });
});
