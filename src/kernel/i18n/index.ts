import { formatDate, type Locale } from '../format';
import { en } from './en';
import { nb } from './nb';

export type MessageKey = keyof typeof nb;
const catalogs: Record<Locale, Record<MessageKey, string>> = { nb, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nb, key);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Translate a key; `{name}` placeholders are filled from params, and a param that is a calendar
 * date (2019-06-01) reads as people write it ("1. juni 2019"). Unknown keys come back as they are.
 */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = isMessageKey(key) ? catalogs[locale][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'string' && ISO_DATE.test(value) ? formatDate(value, locale) : String(value);
  });
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
