import { describe, expect, it } from 'vitest';
import { exitDateForNotice } from './exit-rule';

describe('the exit rule (notice at least 6 months before a year end)', () => {
  it.each([
    ['2020-05-15', '2020-12-31'],
    ['2020-06-30', '2020-12-31'],
    ['2020-07-01', '2021-12-31'],
    ['2020-08-01', '2021-12-31'],
    ['2020-12-31', '2021-12-31'],
    ['2021-01-01', '2021-12-31'],
  ])('notice on %s ends the membership on %s', (notice, exit) => {
    expect(exitDateForNotice(notice, 6)).toBe(exit);
  });

  it('follows the setting when the statutes say otherwise', () => {
    expect(exitDateForNotice('2020-03-01', 12)).toBe('2021-12-31');
    expect(exitDateForNotice('2020-01-15', 0)).toBe('2020-12-31');
    expect(exitDateForNotice('2020-08-01', 30)).toBe('2023-12-31');
  });
});
