import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { networkMembers } from '../networks/schema';
import { projectPartners } from '../projects/schema';
import { can } from './permissions';
import { partnerRow } from './rules';
import { partnerContacts, partners } from './schema';

export const MergePartnersInput = z.object({
  /** The partner that stays, with the version its editor saw. */
  keepId: Id,
  version: Version,
  duplicateIds: z.array(Id).min(1).max(20),
});

/**
 * Merges duplicates into one partner: their contacts move over (a person already there is not
 * added twice), their names and aliases become aliases of the one kept (so the programme's partner
 * lists still match), their org number is kept if it had none, and each duplicate stays as a
 * pointer to the one it became. All or nothing.
 */
export const mergePartners = defineVerb({
  name: 'partners.mergePartners',
  input: MergePartnersInput,
  authorize: (actor) => can(actor, 'partners.manage'),
  async run(ctx, { keepId, version, duplicateIds }) {
    const ids = [...new Set(duplicateIds)];
    if (ids.includes(keepId)) throw new PreconditionFailed('partners.mergeSelf');
    const keep = await partnerRow(ctx, keepId);
    const duplicates = await Promise.all(ids.map((id) => partnerRow(ctx, id)));
    for (const p of [keep, ...duplicates])
      if (p.mergedIntoId) throw new PreconditionFailed('partners.merged', { name: p.name });
    const numbers = [...new Set(duplicates.map((d) => d.orgNumber).filter((n): n is string => n !== null))];
    if (keep.orgNumber ? numbers.some((n) => n !== keep.orgNumber) : numbers.length > 1)
      throw new PreconditionFailed('partners.mergeOrgNumbers');
    const present = new Set(
      (
        await ctx.db
          .select({ personId: partnerContacts.personId })
          .from(partnerContacts)
          .where(eq(partnerContacts.partnerId, keepId))
      ).map((c) => c.personId),
    );
    const moving = await ctx.db.select().from(partnerContacts).where(inArray(partnerContacts.partnerId, ids));
    for (const c of moving) {
      if (present.has(c.personId)) await ctx.db.delete(partnerContacts).where(eq(partnerContacts.id, c.id));
      else {
        await ctx.db.update(partnerContacts).set({ partnerId: keepId }).where(eq(partnerContacts.id, c.id));
        present.add(c.personId);
      }
    }
    // Projects and networks follow the partner: one row per project, the lead role kept if either had it.
    const inProjects = await ctx.db
      .select()
      .from(projectPartners)
      .where(inArray(projectPartners.partnerId, [keepId, ...ids]));
    for (const row of inProjects.filter((r) => r.partnerId !== keepId)) {
      const kept = inProjects.find((r) => r.partnerId === keepId && r.projectId === row.projectId);
      if (!kept) {
        await ctx.db.update(projectPartners).set({ partnerId: keepId }).where(eq(projectPartners.id, row.id));
        inProjects.push({ ...row, partnerId: keepId });
        continue;
      }
      // Delete first: a project has one lead, and the unique index holds that at every statement.
      await ctx.db.delete(projectPartners).where(eq(projectPartners.id, row.id));
      if (row.role === 'lead')
        await ctx.db.update(projectPartners).set({ role: 'lead' }).where(eq(projectPartners.id, kept.id));
    }
    await ctx.db
      .update(networkMembers)
      .set({ partnerId: keepId })
      .where(inArray(networkMembers.partnerId, ids));
    const aliases = [
      ...new Set([...keep.aliases, ...duplicates.flatMap((d) => [d.name, ...d.aliases])]),
    ].filter((a) => a.toLocaleLowerCase('nb') !== keep.name.toLocaleLowerCase('nb'));
    const after = await updateVersioned(
      ctx,
      partners,
      keepId,
      version,
      { aliases, orgNumber: keep.orgNumber ?? numbers[0] ?? null, updatedAt: ctx.now },
      'partner',
    );
    await ctx.db
      .update(partners)
      .set({ mergedIntoId: keepId, updatedAt: ctx.now, version: sql`${partners.version} + 1` })
      .where(and(inArray(partners.id, ids)));
    await audit(ctx, {
      action: 'partners.mergePartners',
      entityType: 'partner',
      entityId: keepId,
      before: { keep, duplicates },
      after: { ...after, contactsMoved: moving.length },
    });
    return after;
  },
});
