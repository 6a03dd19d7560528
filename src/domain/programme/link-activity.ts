import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict, NotFound } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { documentReferences } from '../cases/references';
import { getCaseRow } from '../cases/rows';
import { consultationReferences } from '../consultations/references';
import { eventReferences } from '../events/references';
import { meetingRow } from '../meetings/rules';
import { networkReferences } from '../networks/references';
import { projectReferences } from '../projects/references';
import { LINK_TARGETS } from './fields';
import { can } from './permissions';
import { activityRow } from './rules';
import { activityLinks } from './schema';

export const LinkActivityInput = z
  .object({
    activityId: z.uuid(),
    meetingId: z.uuid().optional(),
    caseId: z.uuid().optional(),
    documentId: z.uuid().optional(),
    consultationId: z.uuid().optional(),
    eventId: z.uuid().optional(),
    networkId: z.uuid().optional(),
    projectId: z.uuid().optional(),
  })
  .refine((v) => LINK_TARGETS.filter((key) => v[key]).length === 1, {
    path: ['target'],
    message: 'programme.linkOneTarget',
  });

async function exists(references: Promise<Map<string, unknown>>, id: string, entity: string) {
  if (!(await references).has(id)) throw new NotFound(entity);
}

/**
 * Links an activity to what carried it out: a meeting, a case or a case document, or the work
 * under it — a consultation, an event, a network or a project.
 */
export const linkActivity = defineVerb({
  name: 'programme.linkActivity',
  input: LinkActivityInput,
  authorize: (actor) => can(actor, 'programme.followUp'),
  async run(ctx, input) {
    const { activityId, meetingId, caseId, documentId, consultationId, eventId, networkId, projectId } =
      input;
    await activityRow(ctx, activityId);
    if (meetingId) await meetingRow(ctx, meetingId);
    if (caseId) await getCaseRow(ctx, caseId);
    if (documentId) await exists(documentReferences(ctx, [documentId]), documentId, 'document');
    if (consultationId)
      await exists(consultationReferences(ctx, [consultationId]), consultationId, 'consultation');
    if (eventId) await exists(eventReferences(ctx, [eventId]), eventId, 'event');
    if (networkId) await exists(networkReferences(ctx, [networkId]), networkId, 'network');
    if (projectId) await exists(projectReferences(ctx, [projectId]), projectId, 'project');
    const [row] = await ctx.db
      .insert(activityLinks)
      .values({
        id: newId(),
        activityId,
        ...Object.fromEntries(LINK_TARGETS.map((key) => [key, input[key] ?? null])),
        createdAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new Conflict('programme.alreadyLinked');
    await audit(ctx, {
      action: 'programme.linkActivity',
      entityType: 'activityLink',
      entityId: row.id,
      after: row,
    });
    return row;
  },
});
