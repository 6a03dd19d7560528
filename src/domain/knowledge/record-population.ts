import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { members } from '../members/schema';
import { POPULATION } from './indicators';
import { can } from './permissions';
import { storeObservations, upsertIndicators } from './store-observations';

export const PopulationRow = z.object({
  memberId: z.uuid(),
  /** Population on 1 January of this year. */
  year: z.coerce.number().int().min(1900).max(2200),
  population: z.coerce.number().int().min(0).max(20_000_000),
  source: z.string().trim().min(1).max(300),
});

export const RecordPopulationInput = z.object({ rows: z.array(PopulationRow).min(1).max(50_000) });

/** Records population figures typed in (one or a series); a figure for the same member and year is replaced. */
export const recordPopulation = defineVerb({
  name: 'knowledge.recordPopulation',
  input: RecordPopulationInput,
  authorize: (actor) => can(actor, 'knowledge.manage'),
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
    const indicatorId = (await upsertIndicators(ctx, [POPULATION])).get(POPULATION.key)!;
    const unique = new Map(rows.map((r) => [`${r.memberId}|${r.year}`, r]));
    await storeObservations(
      ctx,
      [...unique.values()].map((r) => ({
        indicatorId,
        memberId: r.memberId,
        year: r.year,
        value: r.population,
        regionCode: null,
        source: r.source,
        importId: null,
      })),
    );
    await audit(ctx, {
      action: 'knowledge.recordPopulation',
      entityType: 'population',
      entityId: ids.length === 1 ? ids[0] : null,
      after: { rows: rows.length, members: ids.length, years: [...new Set(rows.map((r) => r.year))].sort() },
    });
    return { recorded: rows.length };
  },
});
