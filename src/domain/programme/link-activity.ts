import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict, NotFound } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { documentReferences } from '../cases/references';
import { getCaseRow } from '../cases/rows';
import { meetingRow } from '../meetings/rules';
import { can } from './permissions';
import { activityRow } from './rules';
import { activityLinks } from './schema';

export const LinkActivityInput = z
  .object({
    activityId: z.uuid(),
    meetingId: z.uuid().optional(),
    caseId: z.uuid().optional(),
    documentId: z.uuid().optional(),
  })
  .refine((v) => [v.meetingId, v.caseId, v.documentId].filter(Boolean).length === 1, {
    path: ['target'],
    message: 'programme.linkOneTarget',
  });

/** Links an activity to a meeting, a case or a case document that carried it out. */
export const linkActivity = defineVerb({
  name: 'programme.linkActivity',
  input: LinkActivityInput,
  authorize: (actor) => can(actor, 'programme.followUp'),
  async run(ctx, { activityId, meetingId, caseId, documentId }) {
    await activityRow(ctx, activityId);
    if (meetingId) await meetingRow(ctx, meetingId);
    if (caseId) await getCaseRow(ctx, caseId);
    if (documentId && !(await documentReferences(ctx, [documentId])).has(documentId))
      throw new NotFound('document');
    const [row] = await ctx.db
      .insert(activityLinks)
      .values({
        id: newId(),
        activityId,
        meetingId: meetingId ?? null,
        caseId: caseId ?? null,
        documentId: documentId ?? null,
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
