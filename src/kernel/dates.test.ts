import { describe, expect, it } from 'vitest';
import { addDays, overlaps, todayInOslo, within } from './dates';

describe('calendar dates', () => {
  it('knows today in Oslo, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(todayInOslo(new Date('2019-12-31T23:30:00Z'))).toBe('2020-01-01');
    expect(todayInOslo(new Date('2020-06-30T21:59:00Z'))).toBe('2020-06-30');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
  });

  it('treats periods as inclusive, with open ends', () => {
    expect(within('2019-12-31', '2005-01-01', '2019-12-31')).toBe(true);
    expect(within('2020-01-01', '2005-01-01', '2019-12-31')).toBe(false);
    expect(within('2030-01-01', '2020-01-01', null)).toBe(true);
    expect(overlaps('2019-01-01', '2019-12-31', '2019-12-31', null)).toBe(true);
    expect(overlaps('2019-01-01', '2019-12-30', '2019-12-31', null)).toBe(false);
  });
});

describe('Oslo wall-clock time', () => {
  it('converts a meeting time in winter and in summer', async () => {
    const { fromOsloLocal, toOsloLocal } = await import('./dates');
    expect(fromOsloLocal('2018-12-04T10:00').toISOString()).toBe('2018-12-04T09:00:00.000Z');
    expect(fromOsloLocal('2019-09-17T10:00').toISOString()).toBe('2019-09-17T08:00:00.000Z');
    expect(toOsloLocal(new Date('2019-09-17T08:00:00Z'))).toBe('2019-09-17T10:00');
  });
});
