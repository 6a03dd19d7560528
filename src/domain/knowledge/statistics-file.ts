/** A statistics file read into one shape, whatever its format: the indicators and their values by region code and year. */
export interface StatisticsFile {
  source: string;
  tableCode: string;
  tableLabel: string;
  /** When the source last updated the table, as it says. */
  published: string | null;
  indicators: { key: string; label: string; unit: string; decimals: number }[];
  values: { indicatorKey: string; regionCode: string; regionLabel: string; year: number; value: number }[];
}

/** Why a file was refused: an i18n key with its parameters (the verb translates it for the caller). */
export class StatisticsFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** At most this many values per file: table 07459 for every municipality over 50 years is ~20 000. */
export const MAX_VALUES = 500_000;

export const YEAR = /^\d{4}$/;
