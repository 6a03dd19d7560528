import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../settings/registry';
import { milestoneState, milestoneWindow } from './windows';

const settings = SETTINGS.cycle.defaults;

describe('the windows of the annual cycle', () => {
  it('follow the statutes: fee in April–May and programme in November–December the year before, report in March after', () => {
    expect(milestoneWindow(settings, 2020, 'fee')).toEqual({
      windowFrom: '2019-04-01',
      windowTo: '2019-05-31',
    });
    expect(milestoneWindow(settings, 2020, 'programme_budget')).toEqual({
      windowFrom: '2019-11-01',
      windowTo: '2019-12-31',
    });
    expect(milestoneWindow(settings, 2020, 'annual_report')).toEqual({
      windowFrom: '2021-03-01',
      windowTo: '2021-03-31',
    });
    const february = {
      ...settings,
      windows: { ...settings.windows, fee: { yearOffset: 0, fromMonth: 2, toMonth: 2 } },
    };
    expect(milestoneWindow(february, 2024, 'fee').windowTo).toBe('2024-02-29');
  });

  it('say upcoming, due, late or done', () => {
    const m = { windowFrom: '2019-11-01', windowTo: '2019-12-31', doneOn: null };
    expect(milestoneState(m, '2019-10-31')).toBe('upcoming');
    expect(milestoneState(m, '2019-11-01')).toBe('due');
    expect(milestoneState(m, '2019-12-31')).toBe('due');
    expect(milestoneState(m, '2020-01-01')).toBe('late');
    expect(milestoneState({ ...m, doneOn: '2020-01-10' }, '2020-01-11')).toBe('done');
  });
});
