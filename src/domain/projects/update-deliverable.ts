import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { DELIVERABLE_STATUSES } from './fields';
import { can } from './permissions';
import { deliverables } from './schema';

export const UpdateDeliverableInput = z.object({
  id: Id,
  version: Version,
  status: z.enum(DELIVERABLE_STATUSES),
  /** Left out: kept as it is. */
  title: z.string().trim().min(1).max(300).optional(),
  dueOn: IsoDate.optional(),
  /** With status delivered: the day (default today in Oslo, or the day already recorded). */
  deliveredOn: IsoDate.nullable().optional(),
});

/** Moves a deliverable on (planned → in progress → delivered, or cancelled); delivered records the day. */
export const updateDeliverable = defineVerb({
  name: 'projects.updateDeliverable',
  input: UpdateDeliverableInput,
  authorize: (actor) => can(actor, 'projects.manage'),
  async run(ctx, { id, version, status, ...fields }) {
    const [before] = await ctx.db.select().from(deliverables).where(eq(deliverables.id, id));
    if (!before) throw new NotFound('deliverable');
    const deliveredOn =
      status === 'delivered' ? (fields.deliveredOn ?? before.deliveredOn ?? todayInOslo(ctx.now)) : null;
    const after = await updateVersioned(
      ctx,
      deliverables,
      id,
      version,
      {
        status,
        deliveredOn,
        ...(fields.title === undefined ? {} : { title: fields.title }),
        ...(fields.dueOn === undefined ? {} : { dueOn: fields.dueOn }),
        updatedAt: ctx.now,
      },
      'deliverable',
    );
    await audit(ctx, {
      action: 'projects.updateDeliverable',
      entityType: 'project',
      entityId: before.projectId,
      before,
      after,
    });
    return after;
  },
});
