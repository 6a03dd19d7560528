import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { ANONYMOUS, type Ctx } from '../../kernel/ctx';
import { addDays, todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { requirePermission } from '../../kernel/guards';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { caseReferences, documentReferences } from '../cases/references';
import { people } from '../people/schema';
import { focusAreas, programmes } from '../programme/schema';
import { CONSULTATION_STATUSES, OPEN_STATUSES } from './fields';
import { can } from './permissions';
import {
  type ConsultationDeadline,
  type ConsultationView,
  deadlineState,
  type PublicResponseView,
  presentConsultation,
  presentPublicResponse,
} from './present';
import { type ConsultationRow, reminderDue } from './rules';
import { consultations } from './schema';

export { deadlineState } from './present';

/** The register's rows with the responsible person's name. */
async function rowsWithResponsible(ctx: Ctx, where: SQL | undefined, order: SQL[]) {
  const rows = await ctx.db
    .select({ c: consultations, responsibleName: people.name })
    .from(consultations)
    .leftJoin(people, eq(people.id, consultations.responsibleId))
    .where(where)
    .orderBy(...order);
  return rows.map(({ c, responsibleName }) => ({ ...c, responsibleName }));
}

/**
 * The secretariat's overview: what is due next (open consultations by deadline, those past it
 * first), what comes later, what was answered late, and everything closed (answered or not).
 */
export async function consultationOverview(ctx: Ctx, options: { days?: number } = {}) {
  requirePermission(ctx, can(ctx.actor, 'consultations.read'));
  const today = todayInOslo(ctx.now);
  const horizon = addDays(today, options.days ?? 30);
  const [open, closed] = await Promise.all([
    rowsWithResponsible(ctx, inArray(consultations.status, [...OPEN_STATUSES]), [
      asc(consultations.deadline),
      asc(consultations.title),
    ]),
    rowsWithResponsible(ctx, inArray(consultations.status, ['submitted', 'not_answered']), [
      desc(consultations.deadline),
      asc(consultations.title),
    ]),
  ]);
  const withState = <T extends ConsultationRow>(c: T) => ({ ...c, state: deadlineState(c, today) });
  return {
    today,
    horizon,
    dueNext: open.filter((c) => c.deadline <= horizon).map(withState),
    later: open.filter((c) => c.deadline > horizon).map(withState),
    answeredLate: closed.map(withState).filter((c) => c.state === 'answered_late'),
    closed: closed.map(withState),
  };
}

export const ListConsultationsParams = PageParams.extend({
  status: z.enum(CONSULTATION_STATUSES).optional(),
  /** The year of the deadline. */
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  /** A word of the title, the authority or its reference. */
  q: z.string().trim().max(100).optional(),
});

function listFilters(p: { status?: string | undefined; year?: number | undefined; q?: string | undefined }) {
  const filters: SQL[] = [];
  if (p.status) filters.push(eq(consultations.status, p.status as ConsultationRow['status']));
  if (p.year) {
    filters.push(gte(consultations.deadline, `${p.year}-01-01`));
    filters.push(lte(consultations.deadline, `${p.year}-12-31`));
  }
  if (p.q) {
    const pattern = `%${p.q.replace(/[%_\\]/g, '\\$&')}%`;
    filters.push(
      or(
        ilike(consultations.title, pattern),
        ilike(consultations.authority, pattern),
        ilike(consultations.reference, pattern),
      )!,
    );
  }
  return filters.length ? and(...filters) : undefined;
}

/** The register, latest deadline first, filtered by status, year of the deadline and a word. */
export async function listConsultations(
  ctx: Ctx,
  params: z.input<typeof ListConsultationsParams> = {},
): Promise<Page<ConsultationView>> {
  requirePermission(ctx, can(ctx.actor, 'consultations.read'));
  const p = parseInput(ListConsultationsParams, params, ctx.locale);
  const today = todayInOslo(ctx.now);
  const rows = await rowsWithResponsible(ctx, listFilters(p), [
    desc(consultations.deadline),
    asc(consultations.title),
  ]);
  return paginate(
    rows.map((r) => presentConsultation(r, today)),
    p,
    ctx.locale,
  );
}

/**
 * A consultation with what it links to: the focus area, the person responsible, the body's case
 * (its number always; its title as the case pages show it) and the response document.
 */
export async function getConsultation(ctx: Ctx, id: string) {
  requirePermission(ctx, can(ctx.actor, 'consultations.read'));
  if (!z.uuid().safeParse(id).success) throw new NotFound('consultation');
  const [row] = await ctx.db
    .select({
      c: consultations,
      responsibleName: people.name,
      focusAreaName: focusAreas.name,
      focusAreaYear: programmes.year,
    })
    .from(consultations)
    .leftJoin(people, eq(people.id, consultations.responsibleId))
    .leftJoin(focusAreas, eq(focusAreas.id, consultations.focusAreaId))
    .leftJoin(programmes, eq(programmes.id, focusAreas.programmeId))
    .where(eq(consultations.id, id));
  if (!row) throw new NotFound('consultation');
  const { c } = row;
  const [cases, documents] = await Promise.all([
    caseReferences(ctx, c.caseId ? [c.caseId] : []),
    documentReferences(ctx, c.responseDocumentId ? [c.responseDocumentId] : []),
  ]);
  return {
    consultation: presentConsultation({ ...c, responsibleName: row.responsibleName }, todayInOslo(ctx.now)),
    focusArea:
      c.focusAreaId && row.focusAreaName
        ? { id: c.focusAreaId, name: row.focusAreaName, year: row.focusAreaYear }
        : null,
    responsible:
      c.responsibleId && row.responsibleName ? { id: c.responsibleId, name: row.responsibleName } : null,
    case: (c.caseId && cases.get(c.caseId)) || null,
    responseDocument: (c.responseDocumentId && documents.get(c.responseDocumentId)) || null,
  };
}

export type ConsultationDetail = Awaited<ReturnType<typeof getConsultation>>;

/** The answered consultations with their cases and response documents, as the public sees them. */
async function presentAnswered(ctx: Ctx, rows: ConsultationRow[]): Promise<PublicResponseView[]> {
  // Whoever asks, this is the public's view: exempt cases and documents are withheld as from anyone.
  const publicCtx: Ctx = { ...ctx, actor: ANONYMOUS };
  const [cases, documents] = await Promise.all([
    caseReferences(
      publicCtx,
      rows.flatMap((r) => (r.caseId ? [r.caseId] : [])),
    ),
    documentReferences(
      publicCtx,
      rows.flatMap((r) => (r.responseDocumentId ? [r.responseDocumentId] : [])),
    ),
  ]);
  return rows.map((r) =>
    presentPublicResponse(
      r,
      r.caseId ? cases.get(r.caseId) : undefined,
      r.responseDocumentId ? documents.get(r.responseDocumentId) : undefined,
    ),
  );
}

export const PublicResponsesParams = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  q: z.string().trim().max(100).optional(),
});

/** The consultations the alliance has answered (submitted), newest answer first: open to anyone. */
export async function publicResponses(
  ctx: Ctx,
  params: z.input<typeof PublicResponsesParams> = {},
): Promise<PublicResponseView[]> {
  const p = parseInput(PublicResponsesParams, params, ctx.locale);
  const rows = await ctx.db
    .select()
    .from(consultations)
    .where(and(eq(consultations.status, 'submitted'), listFilters(p)))
    .orderBy(desc(consultations.submittedOn), desc(consultations.deadline), asc(consultations.title));
  return presentAnswered(ctx, rows);
}

/** One answered consultation as the public sees it; any other is NotFound (it does not exist to them). */
export async function getPublicResponse(ctx: Ctx, id: string): Promise<PublicResponseView> {
  if (!z.uuid().safeParse(id).success) throw new NotFound('consultation');
  const [row] = await ctx.db
    .select()
    .from(consultations)
    .where(and(eq(consultations.id, id), eq(consultations.status, 'submitted')));
  if (!row) throw new NotFound('consultation');
  const [view] = await presentAnswered(ctx, [row]);
  return view!;
}

/**
 * The deadlines of the consultations that are open or answered, for the calendar feeds: titles,
 * authorities and deadlines of national consultations are public, so anyone may read them.
 */
export async function consultationDeadlines(ctx: Ctx): Promise<ConsultationDeadline[]> {
  const rows = await ctx.db
    .select({
      id: consultations.id,
      title: consultations.title,
      authority: consultations.authority,
      deadline: consultations.deadline,
      status: consultations.status,
    })
    .from(consultations)
    .where(inArray(consultations.status, [...OPEN_STATUSES, 'submitted']))
    .orderBy(asc(consultations.deadline), asc(consultations.title));
  return rows.map(({ status, ...r }) => ({ ...r, answered: status === 'submitted' }));
}

/** Whether a deadline reminder is due now (the job asks before it runs the verb). */
export async function consultationRemindersDue(ctx: Pick<Ctx, 'db' | 'now'>): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: consultations.id })
    .from(consultations)
    .where(reminderDue(todayInOslo(ctx.now)))
    .limit(1);
  return rows.length > 0;
}
