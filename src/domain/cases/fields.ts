import { z } from 'zod';

const Markdown = z.string().max(100_000).default('');

/** What an editor writes about a case; an exempt case must name its legal basis. */
export const CaseBase = z.object({
  title: z.string().trim().min(1).max(300),
  titleExempt: z.boolean().default(false),
  access: z.enum(['public', 'exempt']).default('public'),
  /** E.g. "Offl. § 14" or "Offl. § 23 første ledd". */
  legalBasis: z.string().trim().max(200).nullable().optional(),
  officerId: z.uuid().nullable().optional(),
  background: Markdown,
  assessment: Markdown,
  proposedDecision: Markdown,
  /** The bodies the case goes through, in order (policy committee → board); default: its own body. */
  route: z.array(z.uuid()).max(10).optional(),
});

export function withAccessRule<
  S extends z.ZodType<{ access: string; legalBasis?: string | null | undefined; titleExempt: boolean }>,
>(schema: S) {
  return schema
    .refine((v) => v.access !== 'exempt' || Boolean(v.legalBasis?.trim()), {
      path: ['legalBasis'],
      message: 'cases.legalBasisRequired',
    })
    .refine((v) => !v.titleExempt || v.access === 'exempt', {
      path: ['titleExempt'],
      message: 'cases.titleExemptNeedsExempt',
    });
}

export const Access = z.object({
  access: z.enum(['public', 'exempt']),
  legalBasis: z.string().trim().max(200).nullable().optional(),
});
