import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { listAppointments, listBodies } from '../bodies/queries';
import { accountsSummary } from '../budget/comparison';
import { MILESTONE_KINDS, type MilestoneKind } from '../cycle/fields';
import { getCycle } from '../cycle/queries';
import { milestoneWindow } from '../cycle/windows';
import { keyFiguresOfYear } from '../meetings/key-figures';
import { membersOnDate } from '../members/queries';
import { getOrganisationProfile, getSettings } from '../settings/queries';
import { can } from './permissions';
import { getProgramme, linksOf, notesOf } from './queries';

const POLITICAL = ['council', 'board', 'committee', 'partner_arena', 'working_committee'];
const ADMINISTRATIVE = ['secretariat', 'coordination_group', 'expert_group', 'project_group', 'ad_hoc_group'];

/**
 * Everything the programme or the annual report of a year says, read as the caller may see it:
 * the programme; chapters 1–3's facts from the register (members on 1 January, the bodies and the
 * secretariat as the programme was adopted — or today, for a draft — and the year's cycle); for the
 * report also each activity's notes and links, the year's key figures and its accounts summary.
 */
export async function programmeDocumentData(ctx: Ctx, year: number, kind: 'programme' | 'report') {
  const [model, cycle] = await Promise.all([getProgramme(ctx, year), getCycle(ctx, year)]);
  // The annual report is public once the board has approved it (the cycle's milestone is done);
  // before that it is a working draft for signed-in users.
  const published =
    kind === 'report' && cycle.milestones.some((m) => m.kind === 'annual_report' && m.state === 'done');
  if (kind === 'report' && !published && !can(ctx.actor, 'programme.readInternal'))
    throw new NotFound('programme');
  const today = todayInOslo(ctx.now);
  const firstDay = `${year}-01-01`;
  const lastDay = `${year}-12-31`;
  const organisationDate = model.programme.adoptedOn ?? (today < lastDay ? today : lastDay);
  const [profile, cycleSettings, members, bodies] = await Promise.all([
    getOrganisationProfile(ctx),
    getSettings(ctx, 'cycle'),
    membersOnDate(ctx.db, firstDay),
    listBodies(ctx, { asOf: organisationDate }),
  ]);
  const secretariat = bodies.items.find((b) => b.kind === 'secretariat');
  const staff = secretariat ? await listAppointments(ctx, { bodyId: secretariat.id, asOf: firstDay }) : [];
  const ordered = (kinds: string[]) =>
    bodies.items
      .filter((b) => kinds.includes(b.kind))
      .sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind))
      .map((b) => ({ id: b.id, kind: b.kind, name: b.name, mandate: b.mandate }));
  const ids = model.activities.map((a) => a.id);
  const [notes, links, keyFigures, accounts] = await Promise.all([
    kind === 'report' ? notesOf(ctx, ids, published) : new Map<string, never[]>(),
    kind === 'report' ? linksOf(ctx, ids) : new Map<string, never[]>(),
    kind === 'report' ? keyFiguresOfYear(ctx, year) : [],
    kind === 'report' ? accountsSummary(ctx, year) : null,
  ]);
  return {
    kind,
    year,
    published,
    today,
    model,
    organisation: { name: profile.name, foundedOn: profile.foundedOn ?? null },
    members: {
      total: members.length,
      municipalities: members.filter((m) => m.kind === 'municipality').length,
      counties: members.filter((m) => m.kind === 'county').length,
    },
    bodies: { political: ordered(POLITICAL), administrative: ordered(ADMINISTRATIVE) },
    secretariat: secretariat
      ? { id: secretariat.id, staff: staff.filter((a) => a.role !== 'observer').length }
      : null,
    cycle: {
      // The year's own windows where it is planned, the settings' otherwise.
      windows: Object.fromEntries(
        MILESTONE_KINDS.map((k) => {
          const m = cycle.milestones.find((x) => x.kind === k);
          return [
            k,
            m ? { windowFrom: m.windowFrom, windowTo: m.windowTo } : milestoneWindow(cycleSettings, year, k),
          ];
        }),
      ) as Record<MilestoneKind, { windowFrom: string; windowTo: string }>,
      milestones: cycle.milestones,
    },
    notes,
    links,
    keyFigures,
    accounts,
  };
}

export type ProgrammeDocumentData = Awaited<ReturnType<typeof programmeDocumentData>>;
