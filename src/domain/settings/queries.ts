import { eq } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { DEFAULT_PROFILE, OrganisationProfile, PROFILE_KEY } from './profile';
import { settings } from './schema';

/** Public: the organisation's name and description, with the version an editor must send back. */
export async function getOrganisationProfile(
  ctx: Pick<Ctx, 'db'>,
): Promise<OrganisationProfile & { version: number }> {
  const [row] = await ctx.db.select().from(settings).where(eq(settings.key, PROFILE_KEY));
  if (!row) return { ...DEFAULT_PROFILE, version: 0 };
  const parsed = OrganisationProfile.safeParse(row.value);
  return { ...(parsed.success ? parsed.data : DEFAULT_PROFILE), version: row.version };
}
