import { z } from 'zod';
import { Moment } from '../../kernel/fields';

export const EVENT_KINDS = [
  'conference',
  'seminar',
  'network_meeting',
  'school_camp',
  'meeting',
  'other',
] as const;

export const EventFields = z.object({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(EVENT_KINDS),
  description: z.string().trim().max(10_000).default(''),
  startsAt: Moment,
  endsAt: Moment,
  location: z.string().trim().max(300).default(''),
  /** Seats; empty is no limit. */
  capacity: z.coerce.number().int().min(1).max(100_000).nullable().default(null),
  published: z.boolean().default(false),
  registrationOpen: z.boolean().default(false),
  consentText: z.string().trim().max(2000).default(''),
  networkId: z.uuid().nullable().default(null),
  focusAreaId: z.uuid().nullable().default(null),
});

/** The rules the fields share whether created or edited. */
export function withEventRules<
  S extends z.ZodType<{ startsAt: Date; endsAt: Date; registrationOpen: boolean; consentText: string }>,
>(schema: S) {
  return schema
    .refine((v) => v.endsAt > v.startsAt, { path: ['endsAt'], message: 'events.endsBeforeStart' })
    .refine((v) => !v.registrationOpen || v.consentText.length > 0, {
      path: ['consentText'],
      message: 'events.consentTextRequired',
    });
}

/** Text a stranger types into the public form: no markup, so no HTML or script ever rides along. */
const PlainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !/[<>]/.test(v), { message: 'events.noMarkup' });

export const RegistrationFields = z.object({
  name: PlainText(200).pipe(z.string().min(1)),
  organisation: PlainText(200).default(''),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  dietaryNeeds: PlainText(500).default(''),
  consent: z.literal(true, { message: 'events.consentRequired' }),
  /** The honeypot: hidden from people, filled in by bots. */
  website: z.string().max(0, { message: 'events.honeypot' }).default(''),
});

export const SessionFields = z.object({
  startsAt: Moment,
  endsAt: Moment.nullable().default(null),
  title: z.string().trim().min(1).max(300),
  /** "Name, organisation", one per speaker. */
  speakers: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
});
