import { rateUnits } from '../../kernel/money';

export type Rounding = 'ore' | 'krone' | 'ten' | 'hundred' | 'thousand';
export type PartYear = 'whole' | 'proRata';

/** Rounding steps in ten-thousandths of a krone, the unit the arithmetic works in. */
const STEP: Record<Rounding, bigint> = {
  ore: 100n,
  krone: 10_000n,
  ten: 100_000n,
  hundred: 1_000_000n,
  thousand: 10_000_000n,
};

export interface FeeRule {
  /** Kroner per inhabitant, as the numeric column holds it ("2.5000"). */
  rate: string;
  floorOre: number | null;
  capOre: number | null;
  rounding: Rounding;
  partYear: PartYear;
  extras: {
    id: string;
    label: string;
    scheme: string;
    basis: 'flat' | 'per_inhabitant';
    amountOre: number | null;
    rate: string | null;
  }[];
}

export interface FeeBasis {
  population: number | null;
  /** Days of the year the member was a member, and the days of the year. */
  days: number;
  daysInYear: number;
  /** Schemes the member takes part in during the year (for the extras). */
  schemes: string[];
}

export interface FeeLine {
  /** Population × rate, to the øre, before floor, cap and share of the year. */
  computedOre: number | null;
  limit: 'floor' | 'cap' | null;
  /** The share of the year charged, when the member was not a member all of it and the rule is pro rata. */
  share: { days: number; of: number } | null;
  feeOre: number | null;
  extras: { id: string; label: string; amountOre: number | null }[];
  totalOre: number | null;
}

/** num / den rounded half up to a multiple of `step` (all non-negative). */
function roundTo(num: bigint, den: bigint, step: bigint): bigint {
  const scaled = num * 2n + den * step;
  return (scaled / (2n * den * step)) * step;
}

const toOre = (units: bigint) => Number(units / 100n);

/**
 * The fee of one member by the council's rule: population × rate; raised to the floor or lowered
 * to the cap; for a member part of the year under the pro-rata rule, that share by days; then
 * rounded half up. Extras (flat or per inhabitant) come on top for members in their scheme and are
 * shared and rounded the same way. Integer arithmetic in ten-thousandths of a krone throughout.
 */
export function calculateFee(rule: FeeRule, basis: FeeBasis): FeeLine {
  const partial = rule.partYear === 'proRata' && basis.days < basis.daysInYear;
  const num = partial ? BigInt(basis.days) : 1n;
  const den = partial ? BigInt(basis.daysInYear) : 1n;
  const step = STEP[rule.rounding];
  const share = partial ? { days: basis.days, of: basis.daysInYear } : null;
  const extras = rule.extras
    .filter((e) => basis.schemes.includes(e.scheme))
    .map((e) => {
      const units =
        e.basis === 'flat'
          ? BigInt(e.amountOre ?? 0) * 100n
          : basis.population === null
            ? null
            : BigInt(basis.population) * rateUnits(e.rate ?? '0');
      return {
        id: e.id,
        label: e.label,
        amountOre: units === null ? null : toOre(roundTo(units * num, den, step)),
      };
    });
  if (basis.population === null)
    return { computedOre: null, limit: null, share, feeOre: null, extras, totalOre: null };
  const computed = BigInt(basis.population) * rateUnits(rule.rate);
  let limited = computed;
  let limit: FeeLine['limit'] = null;
  if (rule.floorOre !== null && computed < BigInt(rule.floorOre) * 100n) {
    limited = BigInt(rule.floorOre) * 100n;
    limit = 'floor';
  } else if (rule.capOre !== null && computed > BigInt(rule.capOre) * 100n) {
    limited = BigInt(rule.capOre) * 100n;
    limit = 'cap';
  }
  const feeOre = toOre(roundTo(limited * num, den, step));
  const extraSum = extras.reduce<number | null>(
    (sum, e) => (sum === null || e.amountOre === null ? null : sum + e.amountOre),
    0,
  );
  return {
    computedOre: toOre(roundTo(computed, 1n, STEP.ore)),
    limit,
    share,
    feeOre,
    extras,
    totalOre: extraSum === null ? null : feeOre + extraSum,
  };
}
