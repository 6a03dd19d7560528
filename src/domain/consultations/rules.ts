import { and, eq, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { addDays } from '../../kernel/dates';
import { NotFound, Validation } from '../../kernel/errors';
import { translate } from '../../kernel/i18n';
import { people } from '../people/schema';
import { assertFocusArea } from '../programme/rules';
import { OPEN_STATUSES } from './fields';
import { consultations } from './schema';

export type ConsultationRow = typeof consultations.$inferSelect;

export async function consultationRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<ConsultationRow> {
  const [row] = await ctx.db.select().from(consultations).where(eq(consultations.id, id));
  if (!row) throw new NotFound('consultation');
  return row;
}

/** The focus area and the responsible person, when given, must exist (a field error, not a failed key). */
export async function assertLinks(
  ctx: Pick<Ctx, 'db' | 'locale'>,
  fields: { focusAreaId?: string | null | undefined; responsibleId?: string | null | undefined },
) {
  await assertFocusArea(ctx, fields.focusAreaId);
  const errors: Record<string, string[]> = {};
  if (fields.responsibleId) {
    const [person] = await ctx.db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.id, fields.responsibleId));
    if (!person) errors.responsibleId = [translate(ctx.locale, 'consultations.unknownPerson')];
  }
  if (Object.keys(errors).length) throw new Validation(errors);
}

/** How many days before its deadline the responsible person is reminded of a consultation. */
export const REMINDER_DAYS = 7;

/**
 * SQL: the consultations a deadline reminder is due for on `today` — still open, not reminded, and
 * a deadline from today to REMINDER_DAYS ahead (one already past is the overview's, not a mail's).
 */
export function reminderDue(today: string): SQL {
  return and(
    inArray(consultations.status, [...OPEN_STATUSES]),
    isNull(consultations.reminderSentAt),
    gte(consultations.deadline, today),
    lte(consultations.deadline, addDays(today, REMINDER_DAYS)),
  )!;
}
