import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, normalizeOrgNumber } from './numbers';

describe('organisasjonsnummer', () => {
  it('accepts numbers with a correct modulus-11 check digit', () => {
    // Brønnøysundregistrene's example number, and one written with spaces.
    expect(isValidOrgNumber('974760673')).toBe(true);
    expect(isValidOrgNumber(normalizeOrgNumber('958 935 420'))).toBe(true);
  });

  it('refuses a wrong check digit, the wrong length and letters', () => {
    expect(isValidOrgNumber('974760674')).toBe(false);
    expect(isValidOrgNumber('97476067')).toBe(false);
    expect(isValidOrgNumber('97476067a')).toBe(false);
  });
});
