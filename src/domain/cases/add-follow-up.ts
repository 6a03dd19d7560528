import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { IsoDate } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { getCaseRow } from './rows';
import { followUps } from './schema';

export const FollowUpFields = z.object({
  title: z.string().trim().min(1).max(300),
  ownerId: z.uuid().nullable().optional(),
  dueOn: IsoDate.nullable().optional(),
  status: z.enum(['open', 'in_progress', 'done', 'cancelled']).default('open'),
  notes: z.string().trim().max(10_000).default(''),
});

export const AddFollowUpInput = FollowUpFields.extend({ caseId: z.uuid() });

/** A task that follows from a decision, with owner, due date and status. */
export const addFollowUp = defineVerb({
  name: 'cases.addFollowUp',
  input: AddFollowUpInput,
  authorize: (actor) => can(actor, 'cases.manage'),
  async run(ctx, input) {
    await getCaseRow(ctx, input.caseId);
    const [row] = await ctx.db
      .insert(followUps)
      .values({
        id: newId(),
        ...input,
        ownerId: input.ownerId ?? null,
        dueOn: input.dueOn ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, { action: 'cases.addFollowUp', entityType: 'followUp', entityId: row!.id, after: row });
    return row!;
  },
});
