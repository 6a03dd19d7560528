import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { projects } from './schema';

/** A project as another area mentions it: its name, its funding and its period. */
export interface ProjectReference {
  id: string;
  name: string;
  funder: string;
  fundingProgramme: string;
  startsOn: string;
  endsOn: string | null;
}

export async function projectReferences(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, ProjectReference>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({
      id: projects.id,
      name: projects.name,
      funder: projects.funder,
      fundingProgramme: projects.fundingProgramme,
      startsOn: projects.startsOn,
      endsOn: projects.endsOn,
    })
    .from(projects)
    .where(inArray(projects.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
