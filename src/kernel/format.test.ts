import { describe, expect, it } from 'vitest';
import {
  compareNb,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatNumber,
  sortByNb,
} from './format';

// Intl uses a no-break space (U+00A0) between thousands in nb-NO; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Norwegian formatting', () => {
  it('writes dates as the secretariat does: 4. desember 2018', () => {
    expect(formatDate('2018-12-04')).toBe('4. desember 2018');
    expect(formatDate(new Date('2019-09-17T08:00:00Z'))).toBe('17. september 2019');
    expect(formatDate('2018-12-04', 'en')).toBe('4 December 2018');
  });

  it('writes a moment in Oslo time', () => {
    // 13:30 UTC in December is 14:30 in Oslo (CET).
    expect(formatDateTime(new Date('2018-12-04T13:30:00Z'))).toBe('4. desember 2018 kl. 14:30');
  });

  it('writes numbers with space between thousands and a decimal comma', () => {
    expect(plain(formatNumber(1234567.5, 'nb', 2))).toBe('1 234 567,50');
    expect(plain(formatNumber(1234567))).toBe('1 234 567');
  });

  it('writes money from øre as kr 1 234 567, with øre only when there are any', () => {
    expect(plain(formatMoney(123456700n))).toBe('kr 1 234 567');
    expect(plain(formatMoney(123456750n))).toBe('kr 1 234 567,50');
    expect(plain(formatMoney(-500000))).toBe('−kr 5 000');
    // Beyond 2^53 øre the value stays exact (bigint all the way).
    expect(plain(formatMoney(9007199254740993n))).toBe('kr 90 071 992 547 409,93');
  });

  it('keeps the month and money formatters apart (they once shared a cache key)', () => {
    expect(formatMonth('2020-04', 'nb')).toMatch(/april/);
    expect(plain(formatMoney(500000, 'nb'))).toBe('kr 5 000');
  });

  it('sorts æ, ø, å after z, as Norwegian readers expect', () => {
    const members = ['Øvre Eiker', 'Ås', 'Vestby', 'Asker', 'Ærø', 'Zeta'];
    expect(sortByNb(members, (m) => m)).toEqual(['Asker', 'Vestby', 'Zeta', 'Ærø', 'Øvre Eiker', 'Ås']);
    expect(compareNb('Ås', 'Vestby')).toBeGreaterThan(0);
  });
});
