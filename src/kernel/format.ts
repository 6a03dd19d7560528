/**
 * Norwegian formatting, the one place for it: dates as "4. desember 2018", numbers as "1 234 567,50",
 * money as "kr 1 234 567", sorting with æ, ø, å after z. English is the second language.
 */
export type Locale = 'nb' | 'en';
export const LOCALES: readonly Locale[] = ['nb', 'en'];

const TIME_ZONE = 'Europe/Oslo';
const intlTag = (locale: Locale) => (locale === 'nb' ? 'nb-NO' : 'en-GB');

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value as T;
}

/** A calendar date (YYYY-MM-DD string or Date) as "4. desember 2018". */
export function formatDate(value: Date | string, locale: Locale = 'nb'): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  return cached(
    `d:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlTag(locale), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: TIME_ZONE,
      }),
  ).format(date);
}

/** A moment as "4. desember 2018 kl. 14:30" in Oslo time. */
export function formatDateTime(value: Date, locale: Locale = 'nb'): string {
  return cached(
    `dt:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlTag(locale), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: TIME_ZONE,
      }),
  ).format(value);
}

/** A moment's clock time in Oslo, "14:30". */
export function formatTime(value: Date, locale: Locale = 'nb'): string {
  return cached(
    `t:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlTag(locale), {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: TIME_ZONE,
      }),
  ).format(value);
}

/** A month (YYYY-MM) as "september 2019". */
export function formatMonth(month: string, locale: Locale = 'nb'): string {
  return cached(
    `m:${locale}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(`${month}-15T12:00:00Z`));
}

/** "1 234 567,5" — with the narrow no-break space Intl uses as group separator in nb-NO. */
export function formatNumber(value: number, locale: Locale = 'nb', fractionDigits?: number): string {
  return cached(
    `n:${locale}:${fractionDigits ?? ''}`,
    () =>
      new Intl.NumberFormat(
        intlTag(locale),
        fractionDigits === undefined
          ? { maximumFractionDigits: 2 }
          : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
      ),
  ).format(value);
}

/** Money is stored as integer øre; shown as "kr 1 234 567" (or "kr 1 234 567,50" when øre are not zero). */
export function formatMoney(ore: bigint | number, locale: Locale = 'nb'): string {
  const value = BigInt(ore);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const kroner = abs / 100n;
  const rest = abs % 100n;
  const whole = cached(
    `money:${locale}`,
    () => new Intl.NumberFormat(intlTag(locale), { useGrouping: true }),
  ).format(kroner);
  const decimal = locale === 'nb' ? ',' : '.';
  const fraction = rest === 0n ? '' : `${decimal}${rest.toString().padStart(2, '0')}`;
  const prefix = locale === 'nb' ? 'kr' : 'NOK';
  return `${negative ? '−' : ''}${prefix} ${whole}${fraction}`;
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Compare for sorting in Norwegian order: … x, y, z, æ, ø, å. */
export const compareNb = (a: string, b: string): number => collator.compare(a, b);

export function sortByNb<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNb(key(a), key(b)));
}
