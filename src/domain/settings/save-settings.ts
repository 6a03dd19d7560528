import { and, eq } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import type { Ctx } from '../../kernel/ctx';
import { Conflict } from '../../kernel/errors';
import { getSettings } from './queries';
import type { SettingsKey, SettingsValue } from './registry';
import { settings } from './schema';

/** Saves a settings group inside a verb: version check, insert or update, audit with before and after. */
export async function saveSettings<K extends SettingsKey>(
  ctx: Ctx,
  key: K,
  version: number,
  value: SettingsValue<K>,
  action: string,
): Promise<SettingsValue<K> & { version: number }> {
  const { version: current, ...before } = await getSettings(ctx, key);
  if (current !== version) throw new Conflict('error.staleVersion');
  if (version === 0) {
    await ctx.db.insert(settings).values({ key, value, version: 1, updatedAt: ctx.now });
  } else {
    const updated = await ctx.db
      .update(settings)
      .set({ value, version: version + 1, updatedAt: ctx.now })
      .where(and(eq(settings.key, key), eq(settings.version, version)))
      .returning({ key: settings.key });
    if (!updated.length) throw new Conflict('error.staleVersion');
  }
  await audit(ctx, { action, entityType: 'settings', entityId: key, before, after: value });
  return { ...value, version: version + 1 };
}
