import { useRouteLoaderData } from 'react-router';
import type { Locale } from '../../src/kernel/format';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatNumber,
  formatTime,
} from '../../src/kernel/format';
import { type Translate, translator } from '../../src/kernel/i18n';
import type { loader as rootLoader } from '../root';

/** The language of the page: bokmål unless the visitor switched to English. */
export function useLocale(): Locale {
  return useRouteLoaderData<typeof rootLoader>('root')?.locale ?? 'nb';
}

export function useT(): Translate {
  return translator(useLocale());
}

/** Dates and numbers formatted the Norwegian way (or the English way after a switch). */
export function useFormat() {
  const locale = useLocale();
  return {
    date: (value: Date | string) => formatDate(value, locale),
    dateTime: (value: Date | string) =>
      formatDateTime(typeof value === 'string' ? new Date(value) : value, locale),
    number: (value: number, fractionDigits?: number) => formatNumber(value, locale, fractionDigits),
    /** Øre as kroner: kr 1 234 567,50. */
    money: (ore: number) => formatMoney(ore, locale),
    percent: (value: number) => `${formatNumber(value, locale, 1)} %`,
    time: (value: Date | string) => formatTime(typeof value === 'string' ? new Date(value) : value, locale),
    month: (month: string) => formatMonth(month, locale),
  };
}
