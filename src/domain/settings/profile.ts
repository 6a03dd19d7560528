import { z } from 'zod';
import { Email } from '../../kernel/fields';

/** Who the installation serves: shown in the portal's header, footer and home page. */
export const OrganisationProfile = z.object({
  name: z.string().trim().min(1).max(200),
  /** A sentence or two about the alliance, in bokmål and optionally English. */
  descriptionNb: z.string().trim().max(2000).default(''),
  descriptionEn: z.string().trim().max(2000).default(''),
  contactEmail: Email.optional(),
});
export type OrganisationProfile = z.output<typeof OrganisationProfile>;

export const PROFILE_KEY = 'organisation.profile';

export const DEFAULT_PROFILE: OrganisationProfile = { name: 'Samråd', descriptionNb: '', descriptionEn: '' };
