import { z } from 'zod';
import { ListAuditEventsParams, listAuditEvents } from '../../../domain/audit/queries';
import { defineOperation, listBody } from './operation';

const AuditEventView = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actorId: z.uuid().nullable(),
  actorLabel: z.string(),
  action: z.string().describe('e.g. accounts.login, accounts.login.failed, accounts.addUser'),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export const auditOperations = [
  defineOperation({
    method: 'get',
    path: '/audit-events',
    operationId: 'listAuditEvents',
    summary: 'The audit log',
    description: 'Newest first. Every change, login and failed login, with the state before and after.',
    tag: 'Audit',
    access: 'admin',
    query: ListAuditEventsParams,
    response: { status: 200, description: 'A page of events', schema: AuditEventView, list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await listAuditEvents(ctx, query)),
  }),
];
