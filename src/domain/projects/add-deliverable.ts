import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { todayInOslo } from '../../kernel/dates';
import { IsoDate } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { DELIVERABLE_STATUSES } from './fields';
import { can } from './permissions';
import { projectRow } from './rules';
import { deliverables } from './schema';

export const AddDeliverableInput = z.object({
  projectId: z.uuid(),
  title: z.string().trim().min(1).max(300),
  dueOn: IsoDate,
  status: z.enum(DELIVERABLE_STATUSES).default('planned'),
  /** When it was delivered; with status delivered, default today. */
  deliveredOn: IsoDate.nullable().optional(),
});

/** Records what the project owes its funder and by when. */
export const addDeliverable = defineVerb({
  name: 'projects.addDeliverable',
  input: AddDeliverableInput,
  authorize: (actor) => can(actor, 'projects.manage'),
  async run(ctx, input) {
    await projectRow(ctx, input.projectId);
    const deliveredOn = input.status === 'delivered' ? (input.deliveredOn ?? todayInOslo(ctx.now)) : null;
    const [row] = await ctx.db
      .insert(deliverables)
      .values({ id: newId(), ...input, deliveredOn, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await audit(ctx, {
      action: 'projects.addDeliverable',
      entityType: 'project',
      entityId: input.projectId,
      after: row,
    });
    return row!;
  },
});
