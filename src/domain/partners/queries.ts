import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { compareNb } from '../../kernel/format';
import { requirePermission } from '../../kernel/guards';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { people } from '../people/schema';
import { activities, programmes } from '../programme/schema';
import { projectsOfPartner } from '../projects/queries';
import { PARTNER_KINDS } from './fields';
import { can } from './permissions';
import { partnerContacts, partners } from './schema';

export const ListPartnersParams = PageParams.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(PARTNER_KINDS).optional(),
});

type PartnerRow = typeof partners.$inferSelect;

/** The partner register (merged duplicates left out), in Norwegian order, filtered and paged. */
export async function listPartners(
  ctx: Ctx,
  params: z.input<typeof ListPartnersParams>,
): Promise<Page<PartnerRow>> {
  requirePermission(ctx, can(ctx.actor, 'partners.read'));
  const p = parseInput(ListPartnersParams, params, ctx.locale);
  const q = p.q?.toLocaleLowerCase('nb');
  const rows = await ctx.db
    .select()
    .from(partners)
    .where(and(isNull(partners.mergedIntoId), p.kind ? eq(partners.kind, p.kind) : undefined));
  const all = rows
    .filter(
      (r) =>
        !q || [r.name, ...r.aliases].some((n) => n.toLocaleLowerCase('nb').includes(q)) || r.orgNumber === q,
    )
    .sort((a, b) => compareNb(a.name, b.name));
  return paginate(all, p, ctx.locale);
}

/**
 * A partner with its contacts, the programme activities that name it (by name or alias, as the
 * programme's partner lists are written) and the projects it takes part in. A merged duplicate
 * answers with the one it became.
 */
export async function getPartner(ctx: Ctx, id: string) {
  requirePermission(ctx, can(ctx.actor, 'partners.read'));
  if (!z.uuid().safeParse(id).success) throw new NotFound('partner');
  const [partner] = await ctx.db.select().from(partners).where(eq(partners.id, id));
  if (!partner) throw new NotFound('partner');
  if (partner.mergedIntoId) {
    const [into] = await ctx.db
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(eq(partners.id, partner.mergedIntoId));
    return { partner, mergedInto: into ?? null, contacts: [], activities: [], projects: [] };
  }
  const names = [partner.name, ...partner.aliases].map((n) => n.toLocaleLowerCase('nb'));
  const [contacts, named, projects] = await Promise.all([
    ctx.db
      .select({
        id: partnerContacts.id,
        personId: people.id,
        name: people.name,
        title: people.title,
        email: people.email,
        role: partnerContacts.role,
        validFrom: partnerContacts.validFrom,
        validTo: partnerContacts.validTo,
      })
      .from(partnerContacts)
      .innerJoin(people, eq(people.id, partnerContacts.personId))
      .where(eq(partnerContacts.partnerId, id))
      .orderBy(asc(partnerContacts.validFrom)),
    ctx.db
      .select({ id: activities.id, text: activities.text, year: programmes.year, status: activities.status })
      .from(activities)
      .innerJoin(programmes, eq(programmes.id, activities.programmeId))
      .where(
        sql`exists (select 1 from unnest(${activities.partners}) as p(name) where lower(p.name) in (${sql.join(
          names.map((n) => sql`${n}`),
          sql`, `,
        )}))`,
      )
      .orderBy(asc(programmes.year)),
    projectsOfPartner(ctx, id),
  ]);
  return {
    partner,
    mergedInto: null,
    contacts: contacts.sort((a, b) => compareNb(a.name, b.name)),
    activities: named,
    projects,
  };
}
