import { eq } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { AppointmentFields, SEAT_ROLES } from './fields';
import { can } from './permissions';
import { checkAppointment } from './rules';
import { appointments } from './schema';

export const UpdateAppointmentInput = AppointmentFields.safeExtend({ id: Id, version: Version });

/** Changes an appointment — most often to end it, by giving the last day (`validTo`). */
export const updateAppointment = defineVerb({
  name: 'bodies.updateAppointment',
  input: UpdateAppointmentInput,
  authorize: (actor) => can(actor, 'bodies.manage'),
  async run(ctx, { id, version, ...fields }) {
    const [before] = await ctx.db.select().from(appointments).where(eq(appointments.id, id));
    if (!before) throw new NotFound('appointment');
    await checkAppointment(ctx, { ...fields, id });
    const after = await updateVersioned(
      ctx,
      appointments,
      id,
      version,
      {
        ...fields,
        deputyForId: fields.deputyForId ?? null,
        onBehalfMemberId: fields.onBehalfMemberId ?? null,
        onBehalfSubregionId: fields.onBehalfSubregionId ?? null,
        votingRight: fields.votingRight ?? SEAT_ROLES.includes(fields.role),
        validTo: fields.validTo ?? null,
        updatedAt: ctx.now,
      },
      'appointment',
    );
    await audit(ctx, {
      action: 'bodies.updateAppointment',
      entityType: 'appointment',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
