import { type Actor, actorLabel, type Ctx } from './ctx';
import { newId } from './ids';
import { auditEvents } from './schema';
import { inTransaction } from './transaction';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Who the row names when it is not the caller: a login is done by the user who just proved who they are. */
  actor?: Actor;
}

// Secrets never reach the log, whatever a caller passes.
const SECRET_KEYS = new Set(['password', 'passwordHash', 'token', 'tokenHash', 'secret', 'clientSecret']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_KEYS.has(key))
        .map(([key, inner]) => [key, redact(inner)]),
    );
  }
  return value;
}

/** Writes one audit row in the caller's transaction; refuses to run outside one. */
export async function audit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  if (!inTransaction(ctx.db))
    throw new Error(`audit(${entry.action}) must run inside the verb's transaction`);
  const actor = entry.actor ?? ctx.actor;
  await ctx.db.insert(auditEvents).values({
    id: newId(ctx.now.getTime()),
    at: ctx.now,
    actorId: actor.kind === 'user' ? actor.id : null,
    actorLabel: actorLabel(actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: redact(entry.before) ?? null,
    after: redact(entry.after) ?? null,
    requestId: ctx.requestId,
  });
  if (ctx.verbScope) ctx.verbScope.audited++;
}
