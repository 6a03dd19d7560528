import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { UNFINISHED, Year } from './fields';
import { can } from './permissions';
import { assertYearFree, programmeOfYear } from './rules';
import { activities, focusAreas, placements, programmeRoles, programmes } from './schema';

export const CopyProgrammeInput = z
  .object({ fromYear: Year, toYear: Year.optional() })
  .refine((v) => v.toYear === undefined || v.toYear > v.fromYear, {
    path: ['toYear'],
    message: 'programme.copyForward',
  });

/** The same day `years` later; 29 February becomes 28 February in a common year. */
function shiftYear(date: string | null, years: number): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * Starts next year's programme as a draft copy of this one: the texts, roles, focus areas and every
 * activity in its cells. Each copy links to the activity it was copied from (whose notes and links
 * stay there); those not finished this year are marked as carried over; planned periods move by the
 * years between. The source programme is not touched.
 */
export const copyProgramme = defineVerb({
  name: 'programme.copyProgramme',
  input: CopyProgrammeInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { fromYear, toYear: to }) {
    const toYear = to ?? fromYear + 1;
    const years = toYear - fromYear;
    const source = await programmeOfYear(ctx, fromYear);
    await assertYearFree(ctx, toYear);
    const {
      id: _id,
      year: _year,
      status: _status,
      adoptedCaseId: _case,
      adoptedOn: _on,
      copiedFromId: _from,
      version: _version,
      ...texts
    } = source;
    const id = newId();
    await ctx.db.insert(programmes).values({
      ...texts,
      id,
      year: toYear,
      title: source.title.replaceAll(String(fromYear), String(toYear)),
      copiedFromId: source.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });

    const newIds = new Map<string, string>();
    const mapped = (old: string) => {
      let value = newIds.get(old);
      if (!value) {
        value = newId();
        newIds.set(old, value);
      }
      return value;
    };
    const roles = await ctx.db
      .select()
      .from(programmeRoles)
      .where(eq(programmeRoles.programmeId, source.id))
      .orderBy(asc(programmeRoles.position));
    if (roles.length)
      await ctx.db
        .insert(programmeRoles)
        .values(roles.map((r) => ({ ...r, id: mapped(r.id), programmeId: id, version: 1 })));
    const areas = await ctx.db
      .select()
      .from(focusAreas)
      .where(eq(focusAreas.programmeId, source.id))
      .orderBy(asc(focusAreas.position));
    if (areas.length)
      await ctx.db
        .insert(focusAreas)
        .values(areas.map((a) => ({ ...a, id: mapped(a.id), programmeId: id, version: 1 })));
    const acts = await ctx.db.select().from(activities).where(eq(activities.programmeId, source.id));
    if (acts.length) {
      await ctx.db.insert(activities).values(
        acts.map((a) => {
          const carriedOver = UNFINISHED.includes(a.status);
          return {
            ...a,
            id: mapped(a.id),
            programmeId: id,
            status: carriedOver && a.status === 'ongoing' ? ('ongoing' as const) : ('planned' as const),
            plannedFrom: shiftYear(a.plannedFrom, years),
            plannedTo: shiftYear(a.plannedTo, years),
            copiedFromId: a.id,
            carriedOver,
            createdAt: ctx.now,
            updatedAt: ctx.now,
            version: 1,
          };
        }),
      );
      const cells = await ctx.db
        .select()
        .from(placements)
        .where(
          inArray(
            placements.activityId,
            acts.map((a) => a.id),
          ),
        );
      await ctx.db.insert(placements).values(
        cells.map((p) => ({
          ...p,
          id: newId(),
          activityId: mapped(p.activityId),
          focusAreaId: mapped(p.focusAreaId),
          roleId: p.roleId ? mapped(p.roleId) : null,
        })),
      );
    }
    const [row] = await ctx.db.select().from(programmes).where(eq(programmes.id, id));
    await audit(ctx, {
      action: 'programme.copyProgramme',
      entityType: 'programme',
      entityId: id,
      after: {
        ...row,
        from: source.id,
        activities: acts.length,
        carriedOver: acts.filter((a) => UNFINISHED.includes(a.status)).length,
      },
    });
    return row!;
  },
});
