import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { todayInOslo } from '../../kernel/dates';
import { Conflict, Validation } from '../../kernel/errors';
import { IsoDate } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { bodyRow } from '../bodies/rules';
import { CaseBase, withAccessRule } from './fields';
import { parseCaseNumber } from './number';
import { can } from './permissions';
import { getCaseRow } from './rows';
import { caseCounters, caseRoutes, cases } from './schema';

export const RegisterCaseInput = withAccessRule(
  CaseBase.extend({
    bodyId: z.uuid(),
    /** The registration date; its year numbers the case. Default today. */
    registeredOn: IsoDate.optional(),
    /** Only when registering an existing case with its number (e.g. from the old archive). */
    number: z.string().trim().max(10).optional(),
  }),
);

/**
 * Registers a case in a body and gives it the next number of the year. The counter row is updated
 * in the same statement that reads it, so concurrent registrations queue on its lock: no two cases
 * get one number, and a rolled-back registration gives its number back (no gap but deletions).
 */
export const registerCase = defineVerb({
  name: 'cases.registerCase',
  input: RegisterCaseInput,
  authorize: (actor) => can(actor, 'cases.manage'),
  async run(ctx, input) {
    const registeredOn = input.registeredOn ?? todayInOslo(ctx.now);
    const year = Number(registeredOn.slice(0, 4));
    await bodyRow(ctx, input.bodyId, registeredOn);
    for (const bodyId of input.route ?? []) await bodyRow(ctx, bodyId);
    let sequence: number;
    if (input.number) {
      const parsed = parseCaseNumber(input.number);
      if (!parsed || parsed.yy !== year % 100) {
        throw new Validation({ number: [translate(ctx.locale, 'cases.numberFormat', { year })] });
      }
      sequence = parsed.sequence;
      const taken = await ctx.db
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.bodyId, input.bodyId), eq(cases.year, year), eq(cases.sequence, sequence)));
      if (taken.length) throw new Conflict('cases.numberTaken', { number: input.number });
      await ctx.db
        .insert(caseCounters)
        .values({ bodyId: input.bodyId, year, last: sequence })
        .onConflictDoUpdate({
          target: [caseCounters.bodyId, caseCounters.year],
          set: { last: sql`greatest(${caseCounters.last}, ${sequence})` },
        });
    } else {
      const [counter] = await ctx.db
        .insert(caseCounters)
        .values({ bodyId: input.bodyId, year, last: 1 })
        .onConflictDoUpdate({
          target: [caseCounters.bodyId, caseCounters.year],
          set: { last: sql`${caseCounters.last} + 1` },
        })
        .returning({ last: caseCounters.last });
      sequence = counter!.last;
    }
    const id = newId();
    await ctx.db.insert(cases).values({
      id,
      bodyId: input.bodyId,
      year,
      sequence,
      title: input.title,
      titleExempt: input.titleExempt,
      access: input.access,
      legalBasis: input.access === 'exempt' ? (input.legalBasis ?? null) : null,
      officerId: input.officerId ?? null,
      background: input.background,
      assessment: input.assessment,
      proposedDecision: input.proposedDecision,
      registeredOn,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const route = input.route?.length ? input.route : [input.bodyId];
    await ctx.db
      .insert(caseRoutes)
      .values(route.map((bodyId, position) => ({ caseId: id, position, bodyId })));
    const row = await getCaseRow(ctx, id);
    await audit(ctx, { action: 'cases.registerCase', entityType: 'case', entityId: id, after: row });
    return row;
  },
});
