import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import type { Ctx } from '../../kernel/ctx';
import { NotFound, PreconditionFailed, RateLimited } from '../../kernel/errors';
import { Id } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { newSecret, sha256 } from '../accounts/secrets';
import { enqueueMail } from '../mail/enqueue';
import { RegistrationFields } from './fields';
import { registrationMail } from './mails';
import { can } from './permissions';
import { confirmedCount, lockEvent } from './rules';
import { registrationAttempts, registrations } from './schema';

/** Registrations one client address may make per minute: a school or an office shares an address. */
export const REGISTRATIONS_PER_MINUTE = 20;
const MINUTE = 60_000;
const DAY = 86_400_000;

export const RegisterForEventInput = RegistrationFields.extend({
  eventId: Id,
  /** Where the public reaches Samråd, for the cancel link in the mail (PUBLIC_URL). */
  baseUrl: z.url(),
});

/** At most REGISTRATIONS_PER_MINUTE per client address; attempts older than a day are pruned. */
async function throttle(ctx: Ctx) {
  const ip = ctx.ip ?? 'unknown';
  // One address at a time, so parallel requests cannot all count below the limit.
  await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`registration:${ip}`}))`);
  const since = new Date(ctx.now.getTime() - MINUTE);
  const [recent] = await ctx.db
    .select({
      n: sql<number>`count(*)::int`,
      oldest: sql<string | null>`min(${registrationAttempts.at})::text`,
    })
    .from(registrationAttempts)
    .where(and(eq(registrationAttempts.ip, ip), gt(registrationAttempts.at, since)));
  if (Number(recent?.n ?? 0) >= REGISTRATIONS_PER_MINUTE) {
    const oldest = recent?.oldest ? new Date(recent.oldest).getTime() : ctx.now.getTime();
    throw new RateLimited(Math.max(1, Math.ceil((oldest + MINUTE - ctx.now.getTime()) / 1000)));
  }
  await ctx.db.insert(registrationAttempts).values({ id: newId(), ip, at: ctx.now });
  await ctx.db
    .delete(registrationAttempts)
    .where(lt(registrationAttempts.at, new Date(ctx.now.getTime() - DAY)));
}

/**
 * Public registration for an event. A seat if one is free, else the waiting list; a mail either
 * way, with a cancel link whose token is stored only as a hash. The answer is the same whether
 * the address was already registered (that person gets a fresh link by mail), so the form never
 * tells a stranger who else has signed up.
 */
export const registerForEvent = defineVerb({
  name: 'events.registerForEvent',
  input: RegisterForEventInput,
  authorize: () => true,
  async run(ctx, { eventId, baseUrl, consent: _consent, website: _website, ...person }) {
    // The secretariat registering people by hand is not a script to throttle.
    if (!can(ctx.actor, 'events.manage')) await throttle(ctx);
    const event = await lockEvent(ctx, eventId);
    if (!event.published && !can(ctx.actor, 'events.manage')) throw new NotFound('event');
    if (!event.registrationOpen || event.endsAt <= ctx.now)
      throw new PreconditionFailed('events.registrationClosed');

    const token = newSecret();
    const [existing] = await ctx.db
      .select()
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, eventId),
          eq(registrations.email, person.email),
          ne(registrations.status, 'cancelled'),
        ),
      );
    if (existing) {
      // Already in: a new cancel link replaces the old one, and only they learn of it.
      await ctx.db
        .update(registrations)
        .set({ cancelTokenHash: sha256(token) })
        .where(eq(registrations.id, existing.id));
      await enqueueMail(ctx, [registrationMail('again', event, existing, { baseUrl, token })]);
      await audit(ctx, {
        action: 'events.registerForEvent',
        entityType: 'registration',
        entityId: existing.id,
        after: { eventId, repeated: true },
      });
      return { id: existing.id, status: existing.status };
    }
    const full = event.capacity !== null && (await confirmedCount(ctx, eventId)) >= event.capacity;
    const status = full ? ('waiting' as const) : ('confirmed' as const);
    const [row] = await ctx.db
      .insert(registrations)
      .values({
        id: newId(),
        eventId,
        ...person,
        consentText: event.consentText,
        consentedAt: ctx.now,
        status,
        cancelTokenHash: sha256(token),
        registeredAt: ctx.now,
        confirmedAt: full ? null : ctx.now,
      })
      .returning();
    await enqueueMail(ctx, [registrationMail(status, event, row!, { baseUrl, token })]);
    await audit(ctx, {
      action: 'events.registerForEvent',
      entityType: 'registration',
      entityId: row!.id,
      after: { eventId, status },
    });
    return { id: row!.id, status };
  },
});
