import { z } from 'zod';

/** The largest amount a field takes: kr 10 000 000 000 in øre, far above any budget line here. */
export const MAX_ORE = 1_000_000_000_000;

/**
 * "1 234 567,50", "1234567.50", "-500" or a number → øre, exactly (no floating point): a decimal
 * comma or point with at most two decimals; spaces (also non-breaking) group digits.
 */
export function parseKroner(input: string | number): number | null {
  const text = String(input)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^kr\.?/i, '')
    .replace(',', '.');
  const match = text.match(/^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/);
  if (!match) return null;
  const ore = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0') || 0);
  return match[1] ? -ore : ore;
}

/** An amount typed in kroner, as øre; `signed` allows negatives. */
export const Kroner = (options: { signed?: boolean } = {}) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const ore = parseKroner(value);
    if (ore === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.kroner' });
      return z.NEVER;
    }
    if (Math.abs(ore) > MAX_ORE || (!options.signed && ore < 0)) {
      ctx.addIssue({
        code: 'custom',
        message: options.signed ? 'validation.kronerRange' : 'validation.kronerPositive',
      });
      return z.NEVER;
    }
    return ore;
  });

/**
 * A rate in kroner with up to four decimals ("2,50" → "2.5000"), as the numeric column holds it;
 * the fee arithmetic reads it back as an integer of ten-thousandths of a krone.
 */
export const Rate = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = String(value)
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  const match = text.match(/^(\d{1,8})(?:\.(\d{1,4}))?$/);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: 'validation.rate' });
    return z.NEVER;
  }
  return `${Number(match[1])}.${(match[2] ?? '').padEnd(4, '0')}`;
});

/** A rate as Norwegians write it: "2.5000" → "2,50", "2.4567" → "2,4567" (two to four decimals). */
export function rateText(rate: string, locale: 'nb' | 'en' = 'nb'): string {
  const [whole = '0', fraction = ''] = rate.split('.');
  const shown = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `${whole}${locale === 'nb' ? ',' : '.'}${shown}`;
}

/** "2.5000" → 25000 ten-thousandths of a krone. */
export function rateUnits(rate: string): bigint {
  const [whole = '0', fraction = ''] = rate.split('.');
  return BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, '0').slice(0, 4) || '0');
}
