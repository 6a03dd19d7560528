/** Case numbers as people write them: the 39th case of 2019 is "39/19". */
export function formatCaseNumber(sequence: number, year: number): string {
  return `${sequence}/${String(year % 100).padStart(2, '0')}`;
}

/** "39/19" → 39 and 19; null when it is not a case number. */
export function parseCaseNumber(value: string): { sequence: number; yy: number } | null {
  const match = value.trim().match(/^(\d{1,5})\/(\d{2})$/);
  if (!match) return null;
  const sequence = Number(match[1]);
  return sequence > 0 ? { sequence, yy: Number(match[2]) } : null;
}
