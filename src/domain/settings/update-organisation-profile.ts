import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { hasRole } from '../../kernel/ctx';
import { Conflict } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { OrganisationProfile, PROFILE_KEY } from './profile';
import { getOrganisationProfile } from './queries';
import { settings } from './schema';

export const UpdateOrganisationProfileInput = OrganisationProfile.extend({
  /** The version the editor saw; 0 when the profile has never been saved. */
  version: z.coerce.number().int().min(0),
});

export const updateOrganisationProfile = defineVerb({
  name: 'settings.updateOrganisationProfile',
  input: UpdateOrganisationProfileInput,
  authorize: (actor) => hasRole(actor, 'admin'),
  async run(ctx, { version, ...profile }) {
    const before = await getOrganisationProfile(ctx);
    if (before.version !== version) throw new Conflict('error.staleVersion');
    if (version === 0) {
      await ctx.db
        .insert(settings)
        .values({ key: PROFILE_KEY, value: profile, version: 1, updatedAt: ctx.now });
    } else {
      const updated = await ctx.db
        .update(settings)
        .set({ value: profile, version: version + 1, updatedAt: ctx.now })
        .where(and(eq(settings.key, PROFILE_KEY), eq(settings.version, version)))
        .returning({ key: settings.key });
      if (!updated.length) throw new Conflict('error.staleVersion');
    }
    const { version: _, ...beforeProfile } = before;
    await audit(ctx, {
      action: 'settings.updateOrganisationProfile',
      entityType: 'settings',
      entityId: PROFILE_KEY,
      before: beforeProfile,
      after: profile,
    });
    return { ...profile, version: version + 1 };
  },
});
