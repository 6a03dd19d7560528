import type { ChangeRow } from '../../kernel/change-window';
import { todayInOslo } from '../../kernel/dates';
import type { OparlUrls } from './urls';

export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';

export type OparlType =
  | 'System'
  | 'Body'
  | 'Organization'
  | 'Person'
  | 'Membership'
  | 'Meeting'
  | 'AgendaItem'
  | 'Paper'
  | 'Consultation'
  | 'File'
  | 'LegislativeTerm'
  | 'Location';

export const typeUrl = (type: OparlType) => `https://schema.oparl.org/1.1/${type}`;

/** What a presenter knows besides the row: where things are, and whether to leave out embedded lists. */
export interface OparlScope {
  urls: OparlUrls;
  /** `omit_internal=true`: leave out the embedded lists the spec names (agenda, memberships, files). */
  omitInternal: boolean;
}

export type OparlObject = { id: string; type: string } & Record<string, unknown>;

const osloClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as OParl writes it (`yyyy-mm-ddThh:mm:ss±hh:mm`), on Oslo's clock. */
export function oparlDateTime(moment: string | Date): string {
  const at = new Date(moment);
  const whole = Math.floor(at.getTime() / 1000) * 1000;
  const p = Object.fromEntries(osloClock.formatToParts(at).map((part) => [part.type, part.value]));
  const local = `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
  const offset = Math.round((Date.parse(`${local}Z`) - whole) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** A moment's calendar day in Oslo (OParl `date`). */
export const oparlDate = (moment: string | Date) => todayInOslo(new Date(moment));

/**
 * Leaves out what has no value: OParl omits absent optional fields rather than writing `null`,
 * `""` or `[]`. (The one mandatory list, Body.legislativeTerm, is never empty.)
 */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  ) as T;
}

/** The times every object carries, from a change-tracked row. */
export const times = (row: Pick<ChangeRow, 'created_at' | 'modified_at'>) => ({
  created: oparlDateTime(row.created_at),
  modified: oparlDateTime(row.modified_at),
});

/** A deleted (or withheld) object as the spec keeps it: id, type, created, modified = when it went, deleted. */
export function tombstone(type: OparlType, id: string, row: ChangeRow): OparlObject {
  return { id, type: typeUrl(type), ...times(row), deleted: true };
}
