import { and, eq, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { milestones } from '../cycle/schema';
import { getProgramme, listProgrammes } from './queries';

/**
 * The portal's reads of the programme. Only adopted programmes exist for the public (the queries
 * hide drafts); an annual report is public once the board has approved it, i.e. once the year's
 * annual-report milestone is done — the rule `programmeDocumentData` applies to the report itself.
 */

/** The years whose annual report the board has approved. */
async function approvedReportYears(ctx: Ctx): Promise<Set<number>> {
  const rows = await ctx.db
    .select({ year: milestones.year })
    .from(milestones)
    .where(and(eq(milestones.kind, 'annual_report'), isNotNull(milestones.doneOn)));
  return new Set(rows.map((r) => r.year));
}

export interface PortalProgrammeYear {
  year: number;
  title: string;
  adoptedOn: string | null;
  activities: number;
  reportPublished: boolean;
}

/** The adopted programmes, newest year first, each with whether its annual report is out. */
export async function publicProgrammes(ctx: Ctx): Promise<PortalProgrammeYear[]> {
  const [list, reports] = await Promise.all([listProgrammes(ctx), approvedReportYears(ctx)]);
  return list
    .filter((p) => p.status === 'adopted')
    .map((p) => ({
      year: p.year,
      title: p.title,
      adoptedOn: p.adoptedOn,
      activities: p.activities,
      reportPublished: reports.has(p.year),
    }));
}

/** One adopted programme year, or NotFound (a draft, or no programme, is not there for the public). */
export async function publicProgrammeYear(ctx: Ctx, year: number): Promise<PortalProgrammeYear> {
  const found = (await publicProgrammes(ctx)).find((p) => p.year === year);
  if (!found) throw new NotFound('programme');
  return found;
}

/**
 * The programme in force: this year's adopted programme, or else the latest adopted before this
 * year (or, failing that, the earliest after it): its vision and focus areas, for the home page.
 */
export async function currentProgramme(ctx: Ctx) {
  const adopted = (await listProgrammes(ctx)).filter((p) => p.status === 'adopted');
  const thisYear = Number(todayInOslo(ctx.now).slice(0, 4));
  const pick = adopted.find((p) => p.year <= thisYear) ?? adopted.at(-1);
  if (!pick) return null;
  const model = await getProgramme(ctx, pick.year);
  return {
    year: model.programme.year,
    title: model.programme.title,
    vision: model.programme.vision,
    focusAreas: model.focusAreas.map((a) => ({ id: a.id, name: a.name })),
  };
}
