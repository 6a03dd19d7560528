import { describe, expect, it } from 'vitest';
import { calculateFee, type FeeRule } from './calculate';

const rule: FeeRule = {
  rate: '2.5000',
  floorOre: 500_000,
  capOre: 100_000_000,
  rounding: 'krone',
  partYear: 'whole',
  extras: [],
};
const year = { days: 366, daysInYear: 366, schemes: [] };

describe('calculateFee', () => {
  it('charges population × rate, rounded half up to the krone', () => {
    expect(calculateFee(rule, { ...year, population: 18_042 })).toMatchObject({
      computedOre: 4_510_500,
      limit: null,
      feeOre: 4_510_500,
      totalOre: 4_510_500,
    });
    expect(
      calculateFee({ ...rule, rate: '2.4567', floorOre: null }, { ...year, population: 1_001 }).feeOre,
    ).toBe(245_900); // 2 459,1567 → 2 459
    expect(
      calculateFee({ ...rule, rate: '2.4567', floorOre: null }, { ...year, population: 1_019 }).feeOre,
    ).toBe(250_300); // 2 503,3773 → 2 503
    expect(
      calculateFee({ ...rule, rate: '2.0002', floorOre: null }, { ...year, population: 2_500 }).feeOre,
    ).toBe(500_100); // 5 000,50 → 5 001
  });

  it('raises a small member to the floor and lowers a large one to the cap', () => {
    expect(calculateFee(rule, { ...year, population: 1_573 })).toMatchObject({
      computedOre: 393_250,
      limit: 'floor',
      feeOre: 500_000,
    });
    expect(calculateFee(rule, { ...year, population: 693_494 })).toMatchObject({
      computedOre: 173_373_500,
      limit: 'cap',
      feeOre: 100_000_000,
    });
  });

  it('charges a share by days under the pro-rata rule, the whole year otherwise', () => {
    const half = { days: 183, daysInYear: 366, schemes: [], population: 40_000 };
    expect(calculateFee(rule, half).feeOre).toBe(10_000_000);
    expect(calculateFee({ ...rule, partYear: 'proRata' }, half)).toMatchObject({
      share: { days: 183, of: 366 },
      feeOre: 5_000_000,
    });
  });

  it('adds the extras of the schemes the member takes part in, and nothing it cannot know', () => {
    const withExtras: FeeRule = {
      ...rule,
      rounding: 'ore',
      extras: [
        {
          id: 'a',
          label: 'Merkevarepartnerskap',
          scheme: 'brand',
          basis: 'per_inhabitant',
          amountOre: null,
          rate: '0.7500',
        },
        { id: 'b', label: 'Fast bidrag', scheme: 'brand', basis: 'flat', amountOre: 2_500_000, rate: null },
        { id: 'c', label: 'Annet', scheme: 'other', basis: 'flat', amountOre: 100, rate: null },
      ],
    };
    const line = calculateFee(withExtras, { ...year, population: 10_000, schemes: ['brand'] });
    expect(line.extras).toEqual([
      { id: 'a', label: 'Merkevarepartnerskap', amountOre: 750_000 },
      { id: 'b', label: 'Fast bidrag', amountOre: 2_500_000 },
    ]);
    expect(line.totalOre).toBe(2_500_000 + 750_000 + 2_500_000);
    const unknown = calculateFee(withExtras, { ...year, population: null, schemes: ['brand'] });
    expect(unknown).toMatchObject({
      feeOre: null,
      totalOre: null,
      extras: [{ amountOre: null }, { amountOre: 2_500_000 }],
    });
  });
});
