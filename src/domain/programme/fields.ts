import { z } from 'zod';
import { IsoDate } from '../../kernel/fields';

/** Field schemas of the programme's verbs, shared by forms, the API and the demo loader. */
export const Year = z.coerce.number().int().min(2000).max(2100);
const Markdown = (max: number) => z.string().max(max).default('');

export const ProgrammeTexts = z.object({
  title: z.string().trim().min(1).max(200),
  vision: z.string().trim().max(1000).default(''),
  visionText: Markdown(20_000),
  focusAreasIntro: Markdown(5_000),
  activitiesIntro: Markdown(20_000),
  aboutText: Markdown(20_000),
  organisationalChangesText: Markdown(20_000),
  administrationText: Markdown(20_000),
  processText: Markdown(20_000),
});

export const RoleFields = z.object({
  /** As the list of roles and working forms says it: "ha dialog med og påvirke nasjonale myndigheter". */
  name: z.string().trim().min(1).max(300),
  /** As a table's right column says it; the name with a capital letter when left empty. */
  label: z.string().trim().max(300).optional(),
});

/** "styrke felles identitet" → "Styrke felles identitet": the label a table shows when none is given. */
export function labelOf(name: string, label?: string): string {
  return label || name.charAt(0).toLocaleUpperCase('nb') + name.slice(1);
}

export const FocusAreaFields = z.object({
  name: z.string().trim().min(1).max(200),
  /** A matrix of roles × activities, or a list of ongoing tasks (the administration area). */
  kind: z.enum(['matrix', 'tasks']).default('matrix'),
  intro: Markdown(20_000),
  comments: Markdown(50_000),
});

export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'done', 'postponed', 'cancelled'] as const;
export const ActivityStatus = z.enum(ACTIVITY_STATUSES);
/** Not yet done nor given up: what a new year carries over. */
export const UNFINISHED: readonly ActivityStatus[] = ['planned', 'ongoing', 'postponed'];
export type ActivityStatus = z.output<typeof ActivityStatus>;

export const Partners = z
  .array(z.string().trim().min(1).max(200))
  .max(40)
  .default([])
  .transform((list) => [...new Set(list)]);

export const ActivityFields = z.object({
  /** The activity as the table shows it; for a task, its lead. */
  text: z.string().trim().min(1).max(2000),
  details: Markdown(20_000),
  partners: Partners,
  responsible: z.string().trim().max(200).default(''),
  plannedFrom: IsoDate.nullable().optional(),
  plannedTo: IsoDate.nullable().optional(),
});

/** The planned period ends on or after it starts. */
export function withPlannedPeriod<
  S extends z.ZodType<{ plannedFrom?: string | null | undefined; plannedTo?: string | null | undefined }>,
>(schema: S) {
  return schema.refine((v) => !v.plannedFrom || !v.plannedTo || v.plannedTo >= v.plannedFrom, {
    path: ['plannedTo'],
    message: 'validation.endBeforeStart',
  });
}

/** A cell of a focus area's table: the focus area and the role (none in a task list). */
export const Cell = z.object({ focusAreaId: z.uuid(), roleId: z.uuid().nullable().optional() });
export type Cell = z.output<typeof Cell>;

/** A position among siblings, counted from 0; past the end means last. */
export const Position = z.coerce.number().int().min(0).max(10_000);

/** What an activity can be linked to: each kind of link and its column. */
export const LINK_KINDS = {
  meeting: 'meetingId',
  case: 'caseId',
  document: 'documentId',
  consultation: 'consultationId',
  event: 'eventId',
  network: 'networkId',
  project: 'projectId',
} as const;
export type LinkKind = keyof typeof LINK_KINDS;
export const LINK_TARGETS = Object.values(LINK_KINDS);
