import { eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Validation } from '../../kernel/errors';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { getCaseRow } from '../cases/rows';
import { can } from './permissions';
import { currentLines } from './queries';
import { assertDraft, budgetRow } from './rules';
import { budgetRevisions, budgets } from './schema';

export const AdoptBudgetInput = z.object({
  id: Id,
  version: Version,
  /** The board's case (52/19 adopted the programme and budget for 2020). */
  caseId: z.uuid(),
  adoptedOn: IsoDate.optional(),
  note: z.string().trim().max(2000).default(''),
});

/**
 * The board adopts the budget (or a revision of it) in a case: the lines as they stand, the fee
 * line with the fee total, are kept as that revision, and the budget is locked until revised.
 */
export const adoptBudget = defineVerb({
  name: 'budget.adoptBudget',
  input: AdoptBudgetInput,
  authorize: (actor) => can(actor, 'budget.manage'),
  async run(ctx, { id, version, caseId, adoptedOn, note }) {
    const before = await budgetRow(ctx, id);
    assertDraft(before);
    const kase = await getCaseRow(ctx, caseId);
    const day = adoptedOn ?? kase.decidedOn;
    if (!day) throw new Validation({ adoptedOn: [translate(ctx.locale, 'budget.adoptedOnRequired')] });
    // The version check takes the row first: a line changed since the board's papers is a Conflict.
    const after = await updateVersioned(
      ctx,
      budgets,
      id,
      version,
      { status: 'adopted', updatedAt: ctx.now },
      'budget',
    );
    const { lines } = await currentLines(ctx, before);
    const [last] = await ctx.db
      .select({ number: max(budgetRevisions.number) })
      .from(budgetRevisions)
      .where(eq(budgetRevisions.budgetId, id));
    const revision = {
      id: newId(),
      budgetId: id,
      number: (last?.number ?? 0) + 1,
      caseId,
      adoptedOn: day,
      note,
      lines,
      createdAt: ctx.now,
    };
    await ctx.db.insert(budgetRevisions).values(revision);
    await audit(ctx, {
      action: 'budget.adoptBudget',
      entityType: 'budget',
      entityId: id,
      before,
      after: { ...after, revision },
    });
    return { ...after, revision: revision.number };
  },
});
