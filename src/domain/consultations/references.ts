import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { consultations } from './schema';

/** A consultation as another area mentions it (an activity's link, the annual report). */
export interface ConsultationReference {
  id: string;
  title: string;
  authority: string;
  deadline: string;
  status: (typeof consultations.$inferSelect)['status'];
  submittedOn: string | null;
}

/** Consultations by id; to the public, only the answered ones, as the portal shows them. */
export async function consultationReferences(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, ConsultationReference>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select()
    .from(consultations)
    .where(inArray(consultations.id, [...new Set(ids)]));
  return new Map(
    rows
      .filter((c) => ctx.actor.kind !== 'anonymous' || c.status === 'submitted')
      .map((c) => [
        c.id,
        {
          id: c.id,
          title: c.title,
          authority: c.authority,
          deadline: c.deadline,
          status: c.status,
          submittedOn: c.submittedOn,
        },
      ]),
  );
}
