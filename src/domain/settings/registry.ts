import { z } from 'zod';
import { Email, IsoDate } from '../../kernel/fields';
import { MilestoneWindow } from '../cycle/fields';

/** Who the installation serves: shown in the portal's header, footer and home page. */
export const OrganisationProfile = z.object({
  name: z.string().trim().min(1).max(200),
  /** A sentence or two about the alliance, in bokmål and optionally English. */
  descriptionNb: z.string().trim().max(2000).default(''),
  descriptionEn: z.string().trim().max(2000).default(''),
  contactEmail: Email.optional(),
  /** The day the alliance was founded (the programme's first chapter says it). */
  foundedOn: IsoDate.optional(),
});
export type OrganisationProfile = z.output<typeof OrganisationProfile>;

/** The statutes' rules about membership. */
export const MembershipSettings = z.object({
  /** Exit takes effect at the first year end at least this many months after the notice. */
  exitNoticeMonths: z.coerce.number().int().min(0).max(36),
  /** A member that joins or leaves during a year pays the whole year's fee, or its share by days. */
  feePartYear: z.enum(['whole', 'proRata']),
});
export type MembershipSettings = z.output<typeof MembershipSettings>;

/** The rules of meeting procedure. */
export const MeetingSettings = z.object({
  /** The notice goes out at least this many days before the meeting (no statutory period; 7 is common). */
  noticeDays: z.coerce.number().int().min(0).max(60),
});
export type MeetingSettings = z.output<typeof MeetingSettings>;

/** The annual cycle (årshjul): each milestone's window, and how long before its end to remind. */
export const CycleSettings = z.object({
  windows: z.object({
    fee: MilestoneWindow,
    programme_budget: MilestoneWindow,
    annual_report: MilestoneWindow,
    report_to_council: MilestoneWindow,
  }),
  /** The secretariat is reminded this many days before a window closes. */
  reminderDays: z.coerce.number().int().min(0).max(120),
});
export type CycleSettings = z.output<typeof CycleSettings>;

/** The statutes' course of the year (Handlingsprogram 2020 § 3). */
const CYCLE_DEFAULTS: CycleSettings = {
  windows: {
    fee: { yearOffset: -1, fromMonth: 4, toMonth: 5 },
    programme_budget: { yearOffset: -1, fromMonth: 11, toMonth: 12 },
    annual_report: { yearOffset: 1, fromMonth: 3, toMonth: 3 },
    report_to_council: { yearOffset: 1, fromMonth: 4, toMonth: 6 },
  },
  reminderDays: 30,
};

/** Every group of settings: its key, schema and the value an installation starts with. */
export const SETTINGS = {
  'organisation.profile': {
    schema: OrganisationProfile,
    defaults: { name: 'Samråd', descriptionNb: '', descriptionEn: '' } as OrganisationProfile,
  },
  membership: {
    schema: MembershipSettings,
    defaults: { exitNoticeMonths: 6, feePartYear: 'whole' } as MembershipSettings,
  },
  meetings: { schema: MeetingSettings, defaults: { noticeDays: 7 } as MeetingSettings },
  cycle: { schema: CycleSettings, defaults: CYCLE_DEFAULTS },
} as const;

export type SettingsKey = keyof typeof SETTINGS;
export type SettingsValue<K extends SettingsKey> = z.output<(typeof SETTINGS)[K]['schema']>;
