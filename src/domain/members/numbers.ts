/** Norwegian official numbers: kommunenummer, fylkesnummer, organisasjonsnummer. */

export const MUNICIPALITY_NUMBER = /^\d{4}$/;
export const COUNTY_NUMBER = /^\d{2}$/;

/** Organisasjonsnummer: 9 digits, the last a modulus-11 check digit (weights 3 2 7 6 5 4 3 2). */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(value[8]);
}

/** Spaces are common in written org numbers ("958 935 420"); the stored form has none. */
export function normalizeOrgNumber(value: string): string {
  return value.replace(/\s+/g, '');
}
