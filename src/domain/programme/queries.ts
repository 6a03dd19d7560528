import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { formatDate, formatNumber } from '../../kernel/format';
import { translate } from '../../kernel/i18n';
import { caseReferences, documentReferences } from '../cases/references';
import { type ConsultationReference, consultationReferences } from '../consultations/references';
import { type EventReference, eventReferences } from '../events/references';
import { meetingReferences } from '../meetings/references';
import { type NetworkReference, networkReferences } from '../networks/references';
import { type ProjectReference, projectReferences } from '../projects/references';
import { ACTIVITY_STATUSES, type ActivityStatus, type LINK_TARGETS } from './fields';
import { can } from './permissions';
import {
  type ActivityView,
  type FocusAreaView,
  type LinkView,
  presentActivity,
  presentFocusArea,
  presentProgramme,
  presentRole,
} from './present';
import type { ProgrammeRow } from './rules';
import {
  activities,
  activityLinks,
  focusAreas,
  placements,
  programmeRoles,
  programmes,
  progressNotes,
} from './schema';

/** Drafts are the secretariat's work in progress: to anyone else they do not exist. */
function visible(ctx: Ctx, row: ProgrammeRow): boolean {
  return row.status === 'adopted' || can(ctx.actor, 'programme.readInternal');
}

/** The programmes, newest year first; the public sees the adopted ones. */
export async function listProgrammes(ctx: Ctx) {
  const rows = await ctx.db
    .select({
      p: programmes,
      // Joined, not a subquery: in a one-table select Drizzle leaves columns unqualified.
      activities: sql<number>`count(${activities.id})::int`,
    })
    .from(programmes)
    .leftJoin(activities, eq(activities.programmeId, programmes.id))
    .groupBy(programmes.id)
    .orderBy(desc(programmes.year));
  return rows
    .filter((r) => visible(ctx, r.p))
    .map(({ p, activities: count }) => ({
      id: p.id,
      year: p.year,
      title: p.title,
      status: p.status,
      adoptedOn: p.adoptedOn,
      activities: Number(count),
    }));
}

const emptyProgress = () =>
  Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;

/** Every focus area of the programmes the caller may see, newest year first, in programme order. */
export async function listFocusAreas(ctx: Ctx) {
  const rows = await ctx.db
    .select({ id: focusAreas.id, name: focusAreas.name, p: programmes })
    .from(focusAreas)
    .innerJoin(programmes, eq(programmes.id, focusAreas.programmeId))
    .orderBy(desc(programmes.year), asc(focusAreas.position));
  return rows.filter((r) => visible(ctx, r.p)).map((r) => ({ id: r.id, name: r.name, year: r.p.year }));
}

/**
 * A year's programme as a whole: the programme, its roles and focus areas in order (each area with
 * its progress), and every activity with the cells it stands in. Four queries, whatever its size.
 */
export async function getProgramme(ctx: Ctx, year: number) {
  if (!z.int().min(1900).max(2200).safeParse(year).success) throw new NotFound('programme');
  const [row] = await ctx.db.select().from(programmes).where(eq(programmes.year, year));
  if (!row || !visible(ctx, row)) throw new NotFound('programme');
  const [roles, areas, acts, cells] = await Promise.all([
    ctx.db
      .select()
      .from(programmeRoles)
      .where(eq(programmeRoles.programmeId, row.id))
      .orderBy(asc(programmeRoles.position)),
    ctx.db
      .select()
      .from(focusAreas)
      .where(eq(focusAreas.programmeId, row.id))
      .orderBy(asc(focusAreas.position)),
    ctx.db
      .select()
      .from(activities)
      .where(eq(activities.programmeId, row.id))
      .orderBy(asc(activities.createdAt)),
    ctx.db
      .select({ p: placements })
      .from(placements)
      .innerJoin(focusAreas, eq(focusAreas.id, placements.focusAreaId))
      .where(eq(focusAreas.programmeId, row.id))
      .orderBy(asc(placements.position)),
  ]);
  const [adopted, source] = await Promise.all([
    caseReferences(ctx, row.adoptedCaseId ? [row.adoptedCaseId] : []),
    row.copiedFromId
      ? ctx.db.select({ year: programmes.year }).from(programmes).where(eq(programmes.id, row.copiedFromId))
      : Promise.resolve([]),
  ]);
  const cellsOf = new Map<string, (typeof placements.$inferSelect)[]>();
  for (const { p } of cells) cellsOf.set(p.activityId, [...(cellsOf.get(p.activityId) ?? []), p]);
  const activityViews = acts.map((a) => presentActivity(a, cellsOf.get(a.id) ?? []));
  const focusAreaViews: FocusAreaView[] = areas.map((area) => {
    const progress = emptyProgress();
    for (const a of activityViews) if (a.cells.some((c) => c.focusAreaId === area.id)) progress[a.status]++;
    return presentFocusArea(area, progress);
  });
  return {
    programme: presentProgramme(row, {
      adoptedCase: row.adoptedCaseId ? adopted.get(row.adoptedCaseId) : undefined,
      copiedFromYear: source[0]?.year ?? null,
    }),
    roles: roles.map(presentRole),
    focusAreas: focusAreaViews,
    activities: activityViews,
  };
}

export type ProgrammeModel = Awaited<ReturnType<typeof getProgramme>>;

/** The activities of one cell of a programme, in their order there. */
export function activitiesInCell(
  model: ProgrammeModel,
  focusAreaId: string,
  roleId: string | null,
): ActivityView[] {
  return model.activities
    .flatMap((a) =>
      a.cells.filter((c) => c.focusAreaId === focusAreaId && c.roleId === roleId).map((c) => ({ a, c })),
    )
    .sort((x, y) => x.c.position - y.c.position)
    .map(({ a }) => a);
}

/** The links of many activities at once, as the caller may see what they point to. */
export async function linksOf(ctx: Ctx, activityIds: readonly string[]): Promise<Map<string, LinkView[]>> {
  if (!activityIds.length) return new Map();
  const rows = await ctx.db
    .select()
    .from(activityLinks)
    .where(inArray(activityLinks.activityId, [...activityIds]))
    .orderBy(asc(activityLinks.createdAt));
  const ids = (key: (typeof LINK_TARGETS)[number]) => rows.flatMap((r) => (r[key] ? [r[key]] : []));
  const [meetings, cases, documents, consultations, events, networks, projects] = await Promise.all([
    meetingReferences(ctx, ids('meetingId')),
    caseReferences(ctx, ids('caseId')),
    documentReferences(ctx, ids('documentId')),
    consultationReferences(ctx, ids('consultationId')),
    eventReferences(ctx, ids('eventId')),
    networkReferences(ctx, ids('networkId')),
    projectReferences(ctx, ids('projectId')),
  ]);
  const internal = ctx.actor.kind !== 'anonymous';
  const t = (key: string, params?: Record<string, string | number>) => translate(ctx.locale, key, params);
  const result = new Map<string, LinkView[]>();
  for (const r of rows) {
    let view: LinkView | null = null;
    const meeting = r.meetingId ? meetings.get(r.meetingId) : undefined;
    const kase = r.caseId ? cases.get(r.caseId) : undefined;
    const document = r.documentId ? documents.get(r.documentId) : undefined;
    if (meeting)
      view = {
        id: r.id,
        kind: 'meeting',
        targetId: meeting.id,
        label: `${meeting.bodyName}, ${formatDate(meeting.day, ctx.locale)}`,
        date: meeting.day,
        href: `${internal ? '/app' : ''}/moter/${meeting.id}`,
      };
    else if (kase)
      view = {
        id: r.id,
        kind: 'case',
        targetId: kase.id,
        label: `${t('meetings.caseLabel', { number: kase.number })} ${kase.title ?? t('meetings.exempt')}`,
        date: kase.decidedOn,
        href: `${internal ? '/app' : ''}/saker/${kase.id}`,
      };
    else if (document)
      view = {
        id: r.id,
        kind: 'document',
        targetId: document.id,
        label: `${document.title ?? t('meetings.exempt')} (${t('meetings.caseLabel', { number: document.caseNumber })})`,
        date: document.uploadedAt.slice(0, 10),
        href: document.links.download ?? `${internal ? '/app' : ''}/saker/${document.caseId}`,
      };
    else view = workLink(ctx, r, { consultations, events, networks, projects });
    if (view) result.set(r.activityId, [...(result.get(r.activityId) ?? []), view]);
  }
  return result;
}

/** A link to the work under an activity: a consultation, an event, a network or a project. */
function workLink(
  ctx: Ctx,
  r: typeof activityLinks.$inferSelect,
  refs: {
    consultations: Map<string, ConsultationReference>;
    events: Map<string, EventReference>;
    networks: Map<string, NetworkReference>;
    projects: Map<string, ProjectReference>;
  },
): LinkView | null {
  const internal = ctx.actor.kind !== 'anonymous';
  const t = (key: string, params?: Record<string, string | number>) => translate(ctx.locale, key, params);
  const consultation = r.consultationId ? refs.consultations.get(r.consultationId) : undefined;
  if (consultation) {
    const answered = consultation.status === 'submitted';
    return {
      id: r.id,
      kind: 'consultation',
      targetId: consultation.id,
      label: t(answered ? 'programme.link.consultation' : 'programme.link.consultationOpen', {
        title: consultation.title,
        authority: consultation.authority,
        date: formatDate(consultation.deadline, ctx.locale),
      }),
      date: consultation.submittedOn ?? consultation.deadline,
      href: `${internal ? '/app' : ''}/horinger/${consultation.id}`,
    };
  }
  const event = r.eventId ? refs.events.get(r.eventId) : undefined;
  if (event) {
    const day = todayInOslo(event.startsAt);
    return {
      id: r.id,
      kind: 'event',
      targetId: event.id,
      label: t(event.attended === null ? 'programme.link.eventRegistered' : 'programme.link.event', {
        title: event.title,
        date: formatDate(day, ctx.locale),
        count: formatNumber(event.attended ?? event.confirmed, ctx.locale),
      }),
      date: day,
      href: `${internal ? '/app' : ''}/arrangementer/${event.id}`,
    };
  }
  const network = r.networkId ? refs.networks.get(r.networkId) : undefined;
  if (network)
    return {
      id: r.id,
      kind: 'network',
      targetId: network.id,
      label: t('programme.link.network', {
        name: network.name,
        count: formatNumber(network.members, ctx.locale),
      }),
      date: null,
      href: internal ? `/app/nettverk/${network.id}` : null,
    };
  const project = r.projectId ? refs.projects.get(r.projectId) : undefined;
  if (project)
    return {
      id: r.id,
      kind: 'project',
      targetId: project.id,
      label: project.fundingProgramme
        ? t('programme.link.project', { name: project.name, programme: project.fundingProgramme })
        : project.name,
      date: project.startsOn,
      href: internal ? `/app/prosjekter/${project.id}` : null,
    };
  return null;
}

/**
 * The progress notes of many activities, oldest first: for signed-in users, and for everyone once
 * they are part of an approved annual report (`published`).
 */
export async function notesOf(ctx: Ctx, activityIds: readonly string[], published = false) {
  const result = new Map<string, { id: string; notedOn: string; text: string; author: string }[]>();
  if (!activityIds.length || !(published || can(ctx.actor, 'programme.readInternal'))) return result;
  const rows = await ctx.db
    .select()
    .from(progressNotes)
    .where(inArray(progressNotes.activityId, [...activityIds]))
    .orderBy(asc(progressNotes.notedOn), asc(progressNotes.createdAt));
  for (const n of rows)
    result.set(n.activityId, [
      ...(result.get(n.activityId) ?? []),
      { id: n.id, notedOn: n.notedOn, text: n.text, author: n.authorLabel },
    ]);
  return result;
}

/** One activity with its cells named, its notes and links, and the activities it continues and is continued by. */
export async function getActivity(ctx: Ctx, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFound('activity');
  const [row] = await ctx.db
    .select({ a: activities, p: programmes })
    .from(activities)
    .innerJoin(programmes, eq(programmes.id, activities.programmeId))
    .where(eq(activities.id, id));
  if (!row || !visible(ctx, row.p)) throw new NotFound('activity');
  const cells = await ctx.db
    .select({ p: placements, areaName: focusAreas.name, roleLabel: programmeRoles.label })
    .from(placements)
    .innerJoin(focusAreas, eq(focusAreas.id, placements.focusAreaId))
    .leftJoin(programmeRoles, eq(programmeRoles.id, placements.roleId))
    .where(eq(placements.activityId, id))
    .orderBy(asc(focusAreas.position), asc(programmeRoles.position));
  // The year before and after, as the caller may see them: a draft copy is nobody's business outside.
  const related = async (
    column: typeof activities.id | typeof activities.copiedFromId,
    value: string | null,
  ) =>
    value
      ? (
          await ctx.db
            .select({ id: activities.id, year: programmes.year, p: programmes })
            .from(activities)
            .innerJoin(programmes, eq(programmes.id, activities.programmeId))
            .where(eq(column, value))
        )
          .filter((r) => visible(ctx, r.p))
          .map(({ id, year }) => ({ id, year }))
      : [];
  const [links, notes, from, next] = await Promise.all([
    linksOf(ctx, [id]),
    notesOf(ctx, [id]),
    related(activities.id, row.a.copiedFromId),
    related(activities.copiedFromId, id),
  ]);
  return {
    activity: presentActivity(
      row.a,
      cells.map((c) => c.p),
    ),
    programme: { id: row.p.id, year: row.p.year, title: row.p.title, status: row.p.status },
    cells: cells.map((c) => ({
      placementId: c.p.id,
      focusAreaId: c.p.focusAreaId,
      focusAreaName: c.areaName,
      roleId: c.p.roleId,
      roleLabel: c.roleLabel,
    })),
    notes: notes.get(id) ?? [],
    links: links.get(id) ?? [],
    copiedFrom: from[0] ?? null,
    continuedIn: next,
  };
}
