import { and, eq } from 'drizzle-orm';
import { type Actor, type Ctx, hasRole } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { inForceOn } from '../../kernel/periods';
import { users } from '../accounts/schema';
import { appointments } from '../bodies/schema';

export type CasesAction =
  /** Register and prepare cases, papers, attachments, follow-ups. */
  'cases.manage';

export function can(actor: Actor, action: CasesAction): boolean {
  switch (action) {
    case 'cases.manage':
      return hasRole(actor, 'editor');
  }
}

/**
 * May the caller see what is exempt from public access in a body's cases and meetings? The
 * secretariat (editors, administrators) may; a member may if the person they are holds an
 * appointment to that body on the date (default today); nobody else, and never the public.
 */
export async function canSeeExempt(ctx: Ctx, bodyId: string, date?: string): Promise<boolean> {
  if (ctx.actor.kind === 'system' || hasRole(ctx.actor, 'editor')) return true;
  if (ctx.actor.kind !== 'user') return false;
  const day = date ?? todayInOslo(ctx.now);
  const rows = await ctx.db
    .select({ id: appointments.id })
    .from(users)
    .innerJoin(appointments, eq(appointments.personId, users.personId))
    .where(
      and(
        eq(users.id, ctx.actor.id),
        eq(appointments.bodyId, bodyId),
        inForceOn(day, appointments.validFrom, appointments.validTo),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
