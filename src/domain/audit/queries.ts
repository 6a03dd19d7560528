import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { requirePermission, requireUser } from '../../kernel/guards';
import { decodeCursor, encodeCursor, type Page, PageParams } from '../../kernel/pagination';
import { auditEvents } from '../../kernel/schema';
import { parseInput } from '../../kernel/validate';
import { can } from '../accounts/permissions';

export const ListAuditEventsParams = PageParams.extend({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
});

export interface AuditEventView {
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** Newest first, keyset-paginated on (at, id) so a page stays stable while new events arrive. */
async function page(ctx: Ctx, params: z.output<typeof ListAuditEventsParams>): Promise<Page<AuditEventView>> {
  const filters: SQL[] = [];
  if (params.action) filters.push(eq(auditEvents.action, params.action));
  if (params.entityType) filters.push(eq(auditEvents.entityType, params.entityType));
  if (params.entityId) filters.push(eq(auditEvents.entityId, params.entityId));
  if (params.actorId) filters.push(eq(auditEvents.actorId, params.actorId));
  const total = await ctx.db.$count(auditEvents, filters.length ? and(...filters) : undefined);
  const key = decodeCursor(params.cursor, 2, ctx.locale);
  if (key) {
    const [at, id] = key as [string, string];
    const atDate = new Date(at);
    filters.push(or(lt(auditEvents.at, atDate), and(eq(auditEvents.at, atDate), lt(auditEvents.id, id)))!);
  }
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(params.limit + 1);
  const items = rows.slice(0, params.limit).map((r) => ({ ...r, at: r.at.toISOString() }));
  const last = items.at(-1);
  return {
    items,
    total,
    nextCursor: rows.length > params.limit && last ? encodeCursor([last.at, last.id]) : null,
  };
}

/** The whole installation's audit log: administrators only. */
export async function listAuditEvents(ctx: Ctx, params: z.input<typeof ListAuditEventsParams>) {
  requirePermission(ctx, can(ctx.actor, 'audit.read'));
  return page(ctx, parseInput(ListAuditEventsParams, params, ctx.locale));
}

/** What the signed-in user has done, newest first. */
export async function listMyActivity(ctx: Ctx, params: z.input<typeof PageParams>) {
  const actor = requireUser(ctx);
  return page(ctx, { ...parseInput(PageParams, params, ctx.locale), actorId: actor.id });
}

/** The actions that occur in the log, for the filter. */
export async function listAuditActions(ctx: Ctx): Promise<string[]> {
  requirePermission(ctx, can(ctx.actor, 'audit.read'));
  const rows = await ctx.db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(auditEvents.action);
  return rows.map((r) => r.action);
}
