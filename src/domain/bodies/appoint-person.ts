import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { AppointmentFields, SEAT_ROLES } from './fields';
import { can } from './permissions';
import { checkAppointment } from './rules';
import { appointments } from './schema';

export const AppointPersonInput = AppointmentFields;

/** Appoints a person to a body in a role, for a member or sub-region, from a date (to a date). */
export const appointPerson = defineVerb({
  name: 'bodies.appointPerson',
  input: AppointPersonInput,
  authorize: (actor) => can(actor, 'bodies.manage'),
  async run(ctx, input) {
    await checkAppointment(ctx, input);
    const [row] = await ctx.db
      .insert(appointments)
      .values({
        id: newId(),
        ...input,
        deputyForId: input.deputyForId ?? null,
        onBehalfMemberId: input.onBehalfMemberId ?? null,
        onBehalfSubregionId: input.onBehalfSubregionId ?? null,
        votingRight: input.votingRight ?? SEAT_ROLES.includes(input.role),
        validTo: input.validTo ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'bodies.appointPerson',
      entityType: 'appointment',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
});
