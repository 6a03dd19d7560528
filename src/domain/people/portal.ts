import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { type PortalAppointment, presentPortalAppointment } from '../bodies/portal';
import { listAppointments } from '../bodies/queries';

/**
 * A person as the portal shows them: their name and the appointments they hold and have held.
 * Only someone who holds or has held an appointment has a public page; anyone else is NotFound.
 */
export async function portalPerson(ctx: Ctx, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFound('person');
  const rows = await listAppointments(ctx, { personId: id });
  const first = rows[0];
  if (!first) throw new NotFound('person');
  const today = todayInOslo(ctx.now);
  const byStartDesc = (a: PortalAppointment, b: PortalAppointment) => b.validFrom.localeCompare(a.validFrom);
  const all = rows.map(presentPortalAppointment);
  return {
    today,
    person: { id, name: first.personName },
    current: all.filter((a) => a.validTo === null || a.validTo >= today).sort(byStartDesc),
    past: all
      .filter((a) => a.validTo !== null && a.validTo < today)
      .sort((a, b) => (b.validTo ?? '').localeCompare(a.validTo ?? '') || byStartDesc(a, b)),
  };
}
