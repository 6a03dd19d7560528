import { describe, expect, it } from 'vitest';
import { parseKroner, rateText, rateUnits } from './money';

describe('money', () => {
  it('reads kroner as Norwegians write them, exactly, and refuses what it cannot read for sure', () => {
    expect(parseKroner('1 234 567,50')).toBe(123_456_750);
    expect(parseKroner('kr 5 000')).toBe(500_000);
    expect(parseKroner('-0,5')).toBe(-50);
    expect(parseKroner(2500.5)).toBe(250_050);
    // A grouping dot or comma is ambiguous: refused rather than misread.
    expect(parseKroner('1.234,50')).toBeNull();
    expect(parseKroner('1,234.50')).toBeNull();
    expect(parseKroner('12,345')).toBeNull();
    // Beyond what øre can hold exactly.
    expect(parseKroner('123456789012345678')).toBeNull();
  });

  it('keeps a rate to four decimals and writes it with a decimal comma', () => {
    expect(rateUnits('2.5000')).toBe(25_000n);
    expect(rateUnits('2.4567')).toBe(24_567n);
    expect(rateText('2.5000')).toBe('2,50');
    expect(rateText('2.4567')).toBe('2,4567');
    expect(rateText('3.1000', 'en')).toBe('3.10');
  });
});
