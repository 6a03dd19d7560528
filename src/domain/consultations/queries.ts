import { asc, desc, inArray } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { addDays, todayInOslo } from '../../kernel/dates';
import { requirePermission } from '../../kernel/guards';
import { can } from './permissions';
import { consultations } from './schema';

type Row = typeof consultations.$inferSelect;
const OPEN = ['registered', 'assessing', 'drafting', 'adopted'] as const;

/** Where a consultation stands against its deadline, computed when read. */
export function deadlineState(row: Pick<Row, 'status' | 'deadline' | 'submittedOn'>, today: string) {
  if (row.status === 'not_answered') return 'not_answered' as const;
  if (row.status === 'submitted')
    return row.submittedOn && row.submittedOn > row.deadline
      ? ('answered_late' as const)
      : ('answered' as const);
  return row.deadline < today ? ('overdue' as const) : ('open' as const);
}

const withState = (row: Row, today: string) => ({ ...row, state: deadlineState(row, today) });

/**
 * The secretariat's overview: what is due next (open consultations by deadline, those past it
 * first), and what was answered late or not at all.
 */
export async function consultationOverview(ctx: Ctx, options: { days?: number } = {}) {
  requirePermission(ctx, can(ctx.actor, 'consultations.read'));
  const today = todayInOslo(ctx.now);
  const horizon = addDays(today, options.days ?? 30);
  const [open, closed] = await Promise.all([
    ctx.db
      .select()
      .from(consultations)
      .where(inArray(consultations.status, [...OPEN]))
      .orderBy(asc(consultations.deadline)),
    ctx.db
      .select()
      .from(consultations)
      .where(inArray(consultations.status, ['submitted', 'not_answered']))
      .orderBy(desc(consultations.deadline)),
  ]);
  return {
    today,
    dueNext: open.filter((c) => c.deadline <= horizon).map((c) => withState(c, today)),
    later: open.filter((c) => c.deadline > horizon).map((c) => withState(c, today)),
    answeredLate: closed.map((c) => withState(c, today)).filter((c) => c.state === 'answered_late'),
    closed: closed.map((c) => withState(c, today)),
  };
}
