import { and, eq } from 'drizzle-orm';
import { actorLabel, type Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { Conflict, NotFound, PreconditionFailed, Validation } from '../../kernel/errors';
import { translate } from '../../kernel/i18n';
import { newId } from '../../kernel/ids';
import type { Cell } from './fields';
import { activities, focusAreas, placements, programmeRoles, programmes, type progressNotes } from './schema';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type FocusAreaRow = typeof focusAreas.$inferSelect;
export type RoleRow = typeof programmeRoles.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;

export async function programmeRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<ProgrammeRow> {
  const [row] = await ctx.db.select().from(programmes).where(eq(programmes.id, id));
  if (!row) throw new NotFound('programme');
  return row;
}

/** A year has one programme: another for the same year is a Conflict. */
export async function assertYearFree(ctx: Pick<Ctx, 'db'>, year: number): Promise<void> {
  const taken = await ctx.db.select({ id: programmes.id }).from(programmes).where(eq(programmes.year, year));
  if (taken.length) throw new Conflict('programme.yearTaken', { year });
}

export async function programmeOfYear(ctx: Pick<Ctx, 'db'>, year: number): Promise<ProgrammeRow> {
  const [row] = await ctx.db.select().from(programmes).where(eq(programmes.year, year));
  if (!row) throw new NotFound('programme');
  return row;
}

/**
 * An adopted programme is the record of the board's decision: its text and structure change only
 * after it is reopened (a draft again). Follow-up — status, notes, links — goes on all year.
 */
export function assertDraft(programme: ProgrammeRow): void {
  if (programme.status !== 'draft')
    throw new PreconditionFailed('programme.adoptedLocked', { year: programme.year });
}

export async function focusAreaRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<FocusAreaRow> {
  const [row] = await ctx.db.select().from(focusAreas).where(eq(focusAreas.id, id));
  if (!row) throw new NotFound('focusArea');
  return row;
}

export async function roleRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<RoleRow> {
  const [row] = await ctx.db.select().from(programmeRoles).where(eq(programmeRoles.id, id));
  if (!row) throw new NotFound('programmeRole');
  return row;
}

export async function activityRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<ActivityRow> {
  const [row] = await ctx.db.select().from(activities).where(eq(activities.id, id));
  if (!row) throw new NotFound('activity');
  return row;
}

/**
 * A cell of the programme: a matrix area needs a role of the same programme, a task list has none.
 * Wrong combinations are the caller's input errors, reported on the field that is wrong.
 */
export async function checkCell(
  ctx: Ctx,
  programmeId: string,
  cell: Cell,
): Promise<{ focusAreaId: string; roleId: string | null }> {
  const area = await ctx.db
    .select()
    .from(focusAreas)
    .where(and(eq(focusAreas.id, cell.focusAreaId), eq(focusAreas.programmeId, programmeId)));
  const focusArea = area[0];
  if (!focusArea)
    throw new Validation({ focusAreaId: [translate(ctx.locale, 'programme.focusAreaNotInProgramme')] });
  if (focusArea.kind === 'tasks') return { focusAreaId: focusArea.id, roleId: null };
  if (!cell.roleId) throw new Validation({ roleId: [translate(ctx.locale, 'programme.roleRequired')] });
  const role = await ctx.db
    .select({ id: programmeRoles.id })
    .from(programmeRoles)
    .where(and(eq(programmeRoles.id, cell.roleId), eq(programmeRoles.programmeId, programmeId)));
  if (!role[0]) throw new Validation({ roleId: [translate(ctx.locale, 'programme.roleNotInProgramme')] });
  return { focusAreaId: focusArea.id, roleId: cell.roleId };
}

/** The placements in one cell, in order. */
export async function cellPlacements(
  ctx: Pick<Ctx, 'db'>,
  cell: { focusAreaId: string; roleId: string | null },
) {
  const rows = await ctx.db.select().from(placements).where(eq(placements.focusAreaId, cell.focusAreaId));
  return rows.filter((p) => p.roleId === cell.roleId).sort((a, b) => a.position - b.position);
}

/** `ids` with `id` taken out and put back at `position` (the end when past it). */
export function moveInList(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  rest.splice(Math.min(position, rest.length), 0, id);
  return rest;
}

/** A progress note's row, signed by the caller: a user by name, the system by the label it acts under. */
export function progressNote(
  ctx: Ctx,
  activityId: string,
  text: string,
  notedOn?: string,
): typeof progressNotes.$inferInsert {
  return {
    id: newId(),
    activityId,
    notedOn: notedOn ?? todayInOslo(ctx.now),
    text,
    authorId: ctx.actor.kind === 'user' ? ctx.actor.id : null,
    authorLabel:
      ctx.actor.kind === 'user'
        ? ctx.actor.name
        : ctx.actor.kind === 'system'
          ? ctx.actor.label
          : actorLabel(ctx.actor),
    createdAt: ctx.now,
  };
}

/** A focus area named by another register (a consultation, network, project) must exist: a field error if not. */
export async function assertFocusArea(ctx: Pick<Ctx, 'db' | 'locale'>, id: string | null | undefined) {
  if (!id) return;
  const [row] = await ctx.db.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.id, id));
  if (!row) throw new Validation({ focusAreaId: [translate(ctx.locale, 'programme.unknownFocusArea')] });
}
