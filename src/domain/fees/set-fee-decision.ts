import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict, NotFound } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { getCaseRow } from '../cases/rows';
import { recordMilestone, reopenMilestone } from '../cycle/record-milestone';
import { meetingsOfCase } from '../meetings/queries';
import { FeeDecisionFields } from './fields';
import { can } from './permissions';
import { feeDecisions, feeExtras } from './schema';

export const SetFeeDecisionInput = FeeDecisionFields.and(
  z.object({ /** 0 for a year without a decision yet. */ version: z.coerce.number().int().min(0) }),
);

/**
 * Records the council's fee decision for a year (or the proposal before it): rate, reference
 * date, floor, cap, rounding and the extra contributions. With the council's case, the year's cycle
 * milestone "the council sets the fee" is marked done with that meeting and case.
 */
export const setFeeDecision = defineVerb({
  name: 'fees.setFeeDecision',
  input: SetFeeDecisionInput,
  authorize: (actor) => can(actor, 'fees.manage'),
  async run(ctx, input) {
    const [before] = await ctx.db.select().from(feeDecisions).where(eq(feeDecisions.year, input.year));
    if (!before && input.version !== 0) throw new NotFound('feeDecision');
    if (before && input.version === 0) throw new Conflict('fees.yearTaken', { year: input.year });
    const kase = input.caseId ? await getCaseRow(ctx, input.caseId) : null;
    const values = {
      rate: input.rate,
      referenceDate: input.referenceDate ?? `${input.year - 1}-01-01`,
      floorOre: input.floor,
      capOre: input.cap,
      rounding: input.rounding,
      caseId: kase?.id ?? null,
      decidedOn: kase ? (input.decidedOn ?? kase.decidedOn) : null,
      notes: input.notes,
      updatedAt: ctx.now,
    };
    const after = before
      ? await updateVersioned(ctx, feeDecisions, before.id, input.version, values, 'feeDecision')
      : (
          await ctx.db
            .insert(feeDecisions)
            .values({ id: newId(), year: input.year, createdAt: ctx.now, ...values })
            .returning()
        )[0]!;
    const extrasBefore = before
      ? await ctx.db.select().from(feeExtras).where(eq(feeExtras.decisionId, before.id))
      : [];
    await ctx.db.delete(feeExtras).where(eq(feeExtras.decisionId, after.id));
    const extras = input.extras.map((e, position) => ({
      id: newId(),
      decisionId: after.id,
      label: e.label,
      scheme: e.scheme,
      basis: e.basis,
      amountOre: e.basis === 'flat' ? e.amount : null,
      rate: e.basis === 'per_inhabitant' ? e.rate : null,
      position,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }));
    if (extras.length) await ctx.db.insert(feeExtras).values(extras);
    if (before?.caseId && before.caseId !== after.caseId)
      await reopenMilestone(ctx, { year: input.year, kind: 'fee', caseId: before.caseId });
    if (kase && after.decidedOn && before?.caseId !== kase.id) {
      const meetings = (await meetingsOfCase(ctx, kase.id)).filter((m) => m.status !== 'cancelled');
      const meeting = meetings.findLast((m) => m.outcome === 'adopted') ?? meetings.at(-1) ?? null;
      await recordMilestone(ctx, {
        year: input.year,
        kind: 'fee',
        doneOn: after.decidedOn,
        meetingId: meeting?.id ?? null,
        caseId: kase.id,
      });
    }
    await audit(ctx, {
      action: 'fees.setFeeDecision',
      entityType: 'feeDecision',
      entityId: after.id,
      before: before ? { ...before, extras: extrasBefore } : null,
      after: { ...after, extras },
    });
    return { ...after, extras };
  },
});
