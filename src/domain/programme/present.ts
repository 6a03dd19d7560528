import { z } from 'zod';
import type { CaseReference } from '../cases/references';
import { ACTIVITY_STATUSES } from './fields';
import type { ActivityRow, FocusAreaRow, ProgrammeRow, RoleRow } from './rules';
import type { placements } from './schema';

const Status = z.enum(ACTIVITY_STATUSES);

export const ProgrammeView = z.object({
  id: z.uuid(),
  year: z.int(),
  title: z.string(),
  status: z.enum(['draft', 'adopted']),
  adoptedOn: z.iso.date().nullable(),
  adoptedCase: z
    .object({ id: z.uuid(), number: z.string(), title: z.string().nullable(), bodyName: z.string() })
    .nullable()
    .describe('The case in which it was adopted, e.g. 52/19'),
  vision: z.string(),
  visionText: z.string().describe('Markdown'),
  focusAreasIntro: z.string().describe('Markdown'),
  activitiesIntro: z.string().describe('Markdown'),
  aboutText: z.string().describe('Chapter 1 after the generated facts (Markdown)'),
  organisationalChangesText: z.string().describe('2.1, "Organisatoriske endringer" (Markdown)'),
  administrationText: z.string().describe('2.2 after the generated bodies (Markdown)'),
  processText: z.string().describe('Chapter 3 after the generated cycle (Markdown)'),
  copiedFromYear: z.int().nullable(),
  version: z.int(),
  links: z.object({ self: z.string(), document: z.string(), report: z.string() }),
});
export type ProgrammeView = z.output<typeof ProgrammeView>;

export function presentProgramme(
  row: ProgrammeRow,
  refs: { adoptedCase: CaseReference | undefined; copiedFromYear: number | null },
): ProgrammeView {
  const self = `/api/v1/programmes/${row.year}`;
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: row.status,
    adoptedOn: row.adoptedOn,
    adoptedCase: refs.adoptedCase
      ? {
          id: refs.adoptedCase.id,
          number: refs.adoptedCase.number,
          title: refs.adoptedCase.title,
          bodyName: refs.adoptedCase.bodyName,
        }
      : null,
    vision: row.vision,
    visionText: row.visionText,
    focusAreasIntro: row.focusAreasIntro,
    activitiesIntro: row.activitiesIntro,
    aboutText: row.aboutText,
    organisationalChangesText: row.organisationalChangesText,
    administrationText: row.administrationText,
    processText: row.processText,
    copiedFromYear: refs.copiedFromYear,
    version: row.version,
    links: { self, document: `${self}/document`, report: `${self}/report` },
  };
}

export const RoleView = z.object({
  id: z.uuid(),
  position: z.int(),
  name: z.string().describe('As the list of roles says it'),
  label: z.string().describe("As a table's right column says it"),
  version: z.int(),
});
export type RoleView = z.output<typeof RoleView>;

export const presentRole = (row: RoleRow): RoleView => ({
  id: row.id,
  position: row.position,
  name: row.name,
  label: row.label,
  version: row.version,
});

export const FocusAreaView = z.object({
  id: z.uuid(),
  position: z.int(),
  name: z.string(),
  kind: z.enum(['matrix', 'tasks']),
  intro: z.string().describe('Markdown'),
  comments: z.string().describe('"Kommentarer til tabellen" (Markdown)'),
  progress: z.record(Status, z.int()).describe('How many of its activities have each status'),
  version: z.int(),
});
export type FocusAreaView = z.output<typeof FocusAreaView>;

/** A focus area by itself, as a write answers it (its progress is the programme's to count). */
export const FocusAreaFieldsView = FocusAreaView.omit({ progress: true });

export const presentFocusAreaFields = (row: FocusAreaRow): z.output<typeof FocusAreaFieldsView> => ({
  id: row.id,
  position: row.position,
  name: row.name,
  kind: row.kind,
  intro: row.intro,
  comments: row.comments,
  version: row.version,
});

export const presentFocusArea = (row: FocusAreaRow, progress: FocusAreaView['progress']): FocusAreaView => ({
  ...presentFocusAreaFields(row),
  progress,
});

export const CellView = z.object({
  placementId: z.uuid(),
  focusAreaId: z.uuid(),
  roleId: z.uuid().nullable(),
  position: z.int(),
});

export const ActivityView = z.object({
  id: z.uuid(),
  text: z.string(),
  details: z.string().describe('Markdown'),
  partners: z.array(z.string()),
  responsible: z.string(),
  plannedFrom: z.iso.date().nullable(),
  plannedTo: z.iso.date().nullable(),
  status: Status,
  carriedOver: z.boolean().describe("Unfinished in last year's programme and carried over"),
  copiedFromId: z.uuid().nullable().describe("The activity in last year's programme it continues"),
  cells: z.array(CellView).describe('Every cell it stands in, with its position there'),
  version: z.int(),
  links: z.object({ self: z.string() }),
});
export type ActivityView = z.output<typeof ActivityView>;

export function presentActivity(row: ActivityRow, cells: (typeof placements.$inferSelect)[]): ActivityView {
  return {
    id: row.id,
    text: row.text,
    details: row.details,
    partners: row.partners,
    responsible: row.responsible,
    plannedFrom: row.plannedFrom,
    plannedTo: row.plannedTo,
    status: row.status,
    carriedOver: row.carriedOver,
    copiedFromId: row.copiedFromId,
    cells: cells.map((c) => ({
      placementId: c.id,
      focusAreaId: c.focusAreaId,
      roleId: c.roleId,
      position: c.position,
    })),
    version: row.version,
    links: { self: `/api/v1/activities/${row.id}` },
  };
}

export const ProgressNoteView = z.object({
  id: z.uuid(),
  notedOn: z.iso.date(),
  text: z.string(),
  author: z.string(),
});

export const LinkView = z.object({
  id: z.uuid(),
  kind: z.enum(['meeting', 'case', 'document', 'consultation', 'event', 'network', 'project']),
  targetId: z.uuid(),
  label: z.string().describe('What it is, as the caller may see it: an exempt title is never shown'),
  date: z.iso.date().nullable(),
  href: z.string().nullable().describe('Its page in Samråd; null where the caller has none to open'),
});
export type LinkView = z.output<typeof LinkView>;

/** A year's programme as a whole, as getProgramme gives it. */
export const ProgrammeModelView = z.object({
  programme: ProgrammeView,
  roles: z.array(RoleView).describe('The rows of every matrix, in order'),
  focusAreas: z.array(FocusAreaView).describe('In order'),
  activities: z.array(ActivityView),
});

/** One activity with its cells named, its notes (signed-in users only) and links. */
export const ActivityDetailView = z.object({
  activity: ActivityView,
  programme: z.object({
    id: z.uuid(),
    year: z.int(),
    title: z.string(),
    status: z.enum(['draft', 'adopted']),
  }),
  cells: z.array(
    z.object({
      placementId: z.uuid(),
      focusAreaId: z.uuid(),
      focusAreaName: z.string(),
      roleId: z.uuid().nullable(),
      roleLabel: z.string().nullable(),
    }),
  ),
  notes: z.array(ProgressNoteView).describe('Empty for the public'),
  links: z.array(LinkView),
  copiedFrom: z.object({ id: z.uuid(), year: z.int() }).nullable(),
  continuedIn: z.array(z.object({ id: z.uuid(), year: z.int() })),
});
