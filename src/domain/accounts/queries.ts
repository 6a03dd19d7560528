import { and, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/types';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { compareNb } from '../../kernel/format';
import { requirePermission, requireUser } from '../../kernel/guards';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { can } from './permissions';
import { type PresentedUser, presentUser } from './present';
import { accessTokens, calendarTokens, sessions, users } from './schema';

export async function hasActiveAdmin(db: Executor): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .limit(1);
  return rows.length > 0;
}

export const ListUsersParams = PageParams.extend({ q: z.string().trim().max(200).optional() });

/** Users sorted by name in Norwegian order; `q` matches name or e-mail. The list is small (staff and body members). */
export async function listUsers(
  ctx: Ctx,
  params: z.input<typeof ListUsersParams>,
): Promise<Page<PresentedUser>> {
  requirePermission(ctx, can(ctx.actor, 'users.manage'));
  const { q, limit, cursor } = parseInput(ListUsersParams, params, ctx.locale);
  const where = q ? or(ilike(users.name, `%${q}%`), ilike(users.email, `%${q}%`)) : undefined;
  const rows = await ctx.db.select().from(users).where(where);
  // Sorting in Node with Intl.Collator('nb') gives æ, ø, å after z whatever the database's collation is.
  const sorted = rows
    .map(presentUser)
    .sort((a, b) => compareNb(a.name, b.name) || compareNb(a.email, b.email));
  return paginate(sorted, { limit, cursor }, ctx.locale);
}

export async function getUser(ctx: Ctx, id: string): Promise<PresentedUser> {
  requirePermission(ctx, can(ctx.actor, 'users.manage'));
  if (!z.uuid().safeParse(id).success) throw new NotFound('user');
  const [row] = await ctx.db.select().from(users).where(eq(users.id, id));
  if (!row) throw new NotFound('user');
  return presentUser(row);
}

export async function getMe(ctx: Ctx): Promise<PresentedUser> {
  const actor = requireUser(ctx);
  const [row] = await ctx.db.select().from(users).where(eq(users.id, actor.id));
  if (!row) throw new NotFound('user');
  return presentUser(row);
}

export async function listMyAccessTokens(ctx: Ctx) {
  const actor = requireUser(ctx);
  const rows = await ctx.db
    .select()
    .from(accessTokens)
    .where(and(eq(accessTokens.userId, actor.id), isNull(accessTokens.revokedAt)))
    .orderBy(desc(accessTokens.createdAt));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expired: t.expiresAt !== null && t.expiresAt <= ctx.now,
  }));
}

export async function listMySessions(ctx: Ctx) {
  const actor = requireUser(ctx);
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, actor.id), sql`${sessions.expiresAt} > ${ctx.now}`))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((s) => ({
    id: s.id,
    method: s.method,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    userAgent: s.userAgent,
  }));
}

/** When the caller's private calendar address was made, or null if they have none. */
export async function myCalendarFeed(ctx: Ctx): Promise<{ createdAt: string } | null> {
  const actor = requireUser(ctx);
  const [row] = await ctx.db
    .select({ createdAt: calendarTokens.createdAt })
    .from(calendarTokens)
    .where(eq(calendarTokens.userId, actor.id));
  return row ? { createdAt: row.createdAt.toISOString() } : null;
}
