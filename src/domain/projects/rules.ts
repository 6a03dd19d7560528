import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { Conflict, NotFound, PreconditionFailed, Validation } from '../../kernel/errors';
import { translate } from '../../kernel/i18n';
import { getCaseRow } from '../cases/rows';
import { membersByIds } from '../members/queries';
import { members } from '../members/schema';
import { partners } from '../partners/schema';
import { assertFocusArea } from '../programme/rules';
import { projectPartners, projects } from './schema';

export async function projectRow(ctx: Pick<Ctx, 'db'>, id: string) {
  const [row] = await ctx.db.select().from(projects).where(eq(projects.id, id));
  if (!row) throw new NotFound('project');
  return row;
}

/** The focus area and the case a project names must exist. */
export async function assertReferences(
  ctx: Pick<Ctx, 'db' | 'locale'>,
  fields: { focusAreaId: string | null; caseId: string | null },
) {
  await assertFocusArea(ctx, fields.focusAreaId);
  if (fields.caseId) await getCaseRow(ctx, fields.caseId);
}

/** The partner organisation (not one merged into another) or the member must be in its register. */
export async function assertParty(
  ctx: Pick<Ctx, 'db'>,
  who: { partnerId: string | null; memberId: string | null },
) {
  if (who.partnerId) {
    const [row] = await ctx.db
      .select({ name: partners.name, mergedIntoId: partners.mergedIntoId })
      .from(partners)
      .where(eq(partners.id, who.partnerId));
    if (!row) throw new NotFound('partner');
    if (row.mergedIntoId) throw new PreconditionFailed('partners.merged', { name: row.name });
  } else if (who.memberId) {
    const [row] = await ctx.db.select({ id: members.id }).from(members).where(eq(members.id, who.memberId));
    if (!row) throw new NotFound('member');
  }
}

/** Each organisation takes part in a project once. */
export async function assertNotTwice(
  ctx: Pick<Ctx, 'db'>,
  projectId: string,
  who: { partnerId: string | null; memberId: string | null },
) {
  const [row] = await ctx.db
    .select({ id: projectPartners.id })
    .from(projectPartners)
    .where(
      and(
        eq(projectPartners.projectId, projectId),
        who.partnerId
          ? eq(projectPartners.partnerId, who.partnerId)
          : eq(projectPartners.memberId, who.memberId!),
      ),
    );
  if (row) throw new Conflict('projects.partnerTwice');
}

/** A project has at most one lead: a second is refused, naming the one it has. */
export async function assertOneLead(ctx: Ctx, projectId: string, exceptId?: string) {
  const [lead] = await ctx.db
    .select({ partnerName: partners.name, memberId: projectPartners.memberId })
    .from(projectPartners)
    .leftJoin(partners, eq(partners.id, projectPartners.partnerId))
    .where(
      and(
        eq(projectPartners.projectId, projectId),
        eq(projectPartners.role, 'lead'),
        exceptId ? ne(projectPartners.id, exceptId) : undefined,
      ),
    );
  if (!lead) return;
  const name = lead.memberId
    ? ((await membersByIds(ctx.db, [lead.memberId], todayInOslo(ctx.now)))[0]?.name ?? '')
    : (lead.partnerName ?? '');
  throw new Validation({ role: [translate(ctx.locale, 'projects.oneLead', { name })] });
}
