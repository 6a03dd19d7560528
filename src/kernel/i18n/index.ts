import type { Locale } from '../format';
import { en } from './en';
import { nb } from './nb';

export type MessageKey = keyof typeof nb;
const catalogs: Record<Locale, Record<MessageKey, string>> = { nb, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nb, key);
}

/** Translate a key; `{name}` placeholders are filled from params. Unknown keys come back as they are. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = isMessageKey(key) ? catalogs[locale][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
