import { eq } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { SETTINGS, type SettingsKey, type SettingsValue } from './registry';
import { settings } from './schema';

/** A settings group with the version an editor must send back (0 = never saved, defaults apply). */
export async function getSettings<K extends SettingsKey>(
  ctx: Pick<Ctx, 'db'>,
  key: K,
): Promise<SettingsValue<K> & { version: number }> {
  const entry = SETTINGS[key];
  const [row] = await ctx.db.select().from(settings).where(eq(settings.key, key));
  if (!row) return { ...(entry.defaults as SettingsValue<K>), version: 0 };
  const parsed = entry.schema.safeParse({ ...entry.defaults, ...(row.value as object) });
  return { ...((parsed.success ? parsed.data : entry.defaults) as SettingsValue<K>), version: row.version };
}

/** Public: the organisation's name and description. */
export function getOrganisationProfile(ctx: Pick<Ctx, 'db'>) {
  return getSettings(ctx, 'organisation.profile');
}
