/**
 * The statutes' exit rule: notice at least `months` months before a year end takes effect at that
 * year end, otherwise at the next one — i.e. at the first year end on or after notice + `months`.
 * Returns the last day of membership (YYYY-MM-DD): 15.05.2020 with 6 months → 31.12.2020;
 * 01.08.2020 → 31.12.2021.
 */
export function exitDateForNotice(noticeOn: string, months: number): string {
  const [year, month] = noticeOn.split('-').map(Number) as [number, number];
  // Only the year of notice + months matters, so the day (and end-of-month clamping) does not.
  const reachedYear = year + Math.floor((month - 1 + months) / 12);
  return `${reachedYear}-12-31`;
}
