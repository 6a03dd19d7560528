import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { compareNb } from '../../kernel/format';
import { requirePermission } from '../../kernel/guards';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { getCase } from '../cases/queries';
import { membersByIds } from '../members/queries';
import { partners } from '../partners/schema';
import { focusAreas, programmes } from '../programme/schema';
import type { DeliverableStatus, ProjectPartnerRole } from './fields';
import { can } from './permissions';
import { deliverables, projectPartners, projects } from './schema';

export const ListProjectsParams = PageParams.extend({
  q: z.string().trim().max(100).optional(),
});

/** Who takes part in a project, with the name of the partner or member. */
export interface ProjectPartnerView {
  id: string;
  kind: 'partner' | 'member';
  refId: string;
  name: string;
  role: ProjectPartnerRole;
}

type PartnerRow = typeof projectPartners.$inferSelect;

/** Names for project partner rows (members as they stand today), lead first, then in Norwegian order. */
async function partnerViews(ctx: Ctx, rows: PartnerRow[]): Promise<ProjectPartnerView[]> {
  const partnerIds = [...new Set(rows.flatMap((r) => r.partnerId ?? []))];
  const memberIds = [...new Set(rows.flatMap((r) => r.memberId ?? []))];
  const [partnerList, memberList] = await Promise.all([
    partnerIds.length
      ? ctx.db
          .select({ id: partners.id, name: partners.name })
          .from(partners)
          .where(inArray(partners.id, partnerIds))
      : Promise.resolve([]),
    memberIds.length ? membersByIds(ctx.db, memberIds, todayInOslo(ctx.now)) : Promise.resolve([]),
  ]);
  const names = new Map([...partnerList, ...memberList].map((p) => [p.id, p.name]));
  return rows
    .map((r) => {
      const refId = (r.partnerId ?? r.memberId)!;
      return {
        id: r.id,
        kind: r.partnerId ? ('partner' as const) : ('member' as const),
        refId,
        name: names.get(refId) ?? '',
        role: r.role,
      };
    })
    .sort((a, b) => (a.role === b.role ? compareNb(a.name, b.name) : a.role === 'lead' ? -1 : 1));
}

export interface ProjectListItem {
  id: string;
  name: string;
  funder: string;
  fundingProgramme: string;
  startsOn: string;
  endsOn: string | null;
  amountGrantedOre: number | null;
  lead: { kind: 'partner' | 'member'; id: string; name: string } | null;
}

/** The projects in Norwegian order with funder, period, amount granted and lead, filtered by name and paged. */
export async function listProjects(
  ctx: Ctx,
  params: z.input<typeof ListProjectsParams> = {},
): Promise<Page<ProjectListItem>> {
  requirePermission(ctx, can(ctx.actor, 'projects.read'));
  const p = parseInput(ListProjectsParams, params, ctx.locale);
  const q = p.q?.toLocaleLowerCase('nb');
  const rows = (await ctx.db.select().from(projects))
    .filter(
      (r) =>
        !q || [r.name, r.funder, r.fundingProgramme].some((text) => text.toLocaleLowerCase('nb').includes(q)),
    )
    .sort((a, b) => compareNb(a.name, b.name));
  const page = paginate(rows, p, ctx.locale);
  const ids = page.items.map((r) => r.id);
  const leadRows = ids.length
    ? await ctx.db
        .select()
        .from(projectPartners)
        .where(and(inArray(projectPartners.projectId, ids), eq(projectPartners.role, 'lead')))
    : [];
  const views = new Map((await partnerViews(ctx, leadRows)).map((v) => [v.id, v]));
  const leadOf = new Map(
    leadRows.map((r) => {
      const view = views.get(r.id)!;
      return [r.projectId, { kind: view.kind, id: view.refId, name: view.name }];
    }),
  );
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id,
      name: r.name,
      funder: r.funder,
      fundingProgramme: r.fundingProgramme,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      amountGrantedOre: r.amountGrantedOre,
      lead: leadOf.get(r.id) ?? null,
    })),
  };
}

export type DeliverableView = typeof deliverables.$inferSelect & {
  status: DeliverableStatus;
  /** Due before today and neither delivered nor cancelled. */
  overdue: boolean;
};

/**
 * A project with its partners (lead first), its deliverables by due date — each flagged overdue when
 * its day has passed without delivery — and, when it has a case, that case's documents as the case
 * page shows them to the caller.
 */
export async function getProject(ctx: Ctx, id: string) {
  requirePermission(ctx, can(ctx.actor, 'projects.read'));
  if (!z.uuid().safeParse(id).success) throw new NotFound('project');
  const [project] = await ctx.db.select().from(projects).where(eq(projects.id, id));
  if (!project) throw new NotFound('project');
  const today = todayInOslo(ctx.now);
  const [partnerRows, due, focusArea, kase] = await Promise.all([
    ctx.db.select().from(projectPartners).where(eq(projectPartners.projectId, id)),
    ctx.db
      .select()
      .from(deliverables)
      .where(eq(deliverables.projectId, id))
      .orderBy(asc(deliverables.dueOn), asc(deliverables.title)),
    project.focusAreaId
      ? ctx.db
          .select({ id: focusAreas.id, name: focusAreas.name, year: programmes.year })
          .from(focusAreas)
          .innerJoin(programmes, eq(programmes.id, focusAreas.programmeId))
          .where(eq(focusAreas.id, project.focusAreaId))
      : Promise.resolve([]),
    project.caseId ? getCase(ctx, project.caseId) : Promise.resolve(null),
  ]);
  return {
    project,
    today,
    focusArea: focusArea[0] ?? null,
    case: kase
      ? { id: kase.case.id, number: kase.case.number, title: kase.case.title, bodyName: kase.bodyName }
      : null,
    documents: kase?.documents ?? [],
    partners: await partnerViews(ctx, partnerRows),
    deliverables: due.map(
      (d): DeliverableView => ({
        ...d,
        overdue: d.dueOn < today && d.status !== 'delivered' && d.status !== 'cancelled',
      }),
    ),
  };
}

/**
 * The projects a partner organisation takes part in, with its role, newest first (merging a
 * duplicate moves its projects to the partner it became).
 */
export async function projectsOfPartner(
  ctx: Ctx,
  partnerId: string,
): Promise<{ id: string; name: string; role: ProjectPartnerRole }[]> {
  requirePermission(ctx, can(ctx.actor, 'projects.read'));
  const rows = await ctx.db
    .select({
      id: projects.id,
      name: projects.name,
      role: projectPartners.role,
      startsOn: projects.startsOn,
    })
    .from(projectPartners)
    .innerJoin(projects, eq(projects.id, projectPartners.projectId))
    .where(eq(projectPartners.partnerId, partnerId));
  return rows
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || compareNb(a.name, b.name))
    .map(({ id, name, role }) => ({ id, name, role }));
}
