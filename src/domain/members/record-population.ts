import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { members, populations } from './schema';

export const PopulationRow = z.object({
  memberId: z.uuid(),
  /** Population on 1 January of this year. */
  year: z.coerce.number().int().min(1900).max(2200),
  population: z.coerce.number().int().min(0).max(20_000_000),
  source: z.string().trim().min(1).max(300),
});

export const RecordPopulationInput = z.object({ rows: z.array(PopulationRow).min(1).max(50_000) });

/** Records population figures (one or a whole series); a figure for the same member and year is replaced. */
export const recordPopulation = defineVerb({
  name: 'members.recordPopulation',
  input: RecordPopulationInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, { rows }) {
    const ids = [...new Set(rows.map((r) => r.memberId))];
    const known = await ctx.db
      .select({ id: members.id })
      .from(members)
      .where(
        sql`${members.id} in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      );
    if (known.length !== ids.length) throw new PreconditionFailed('members.populationUnknownMember');
    for (let i = 0; i < rows.length; i += 1000) {
      await ctx.db
        .insert(populations)
        .values(rows.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: [populations.memberId, populations.year],
          set: { population: sql`excluded.population`, source: sql`excluded.source` },
        });
    }
    await audit(ctx, {
      action: 'members.recordPopulation',
      entityType: 'population',
      entityId: ids.length === 1 ? ids[0] : null,
      after: { rows: rows.length, members: ids.length, years: [...new Set(rows.map((r) => r.year))].sort() },
    });
    return { recorded: rows.length };
  },
});
