import type { Ctx } from '../../src/kernel/ctx';
import { todayInOslo } from '../../src/kernel/dates';
import { caseChoices, focusAreaChoices } from './choices.server';

/** The choices a project form offers: focus areas of every programme, and cases of recent years. */
export async function projectFormChoices(ctx: Ctx) {
  const thisYear = Number(todayInOslo(ctx.now).slice(0, 4));
  const years = Array.from({ length: thisYear - 2015 + 2 }, (_, i) => thisYear + 1 - i);
  const [focusAreas, cases] = await Promise.all([focusAreaChoices(ctx), caseChoices(ctx, years)]);
  return { focusAreas, cases };
}
