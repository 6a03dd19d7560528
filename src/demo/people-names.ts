/**
 * Fictional people for the demo: Norwegian first and last names combined deterministically, so every
 * start gives the same people, with addresses at example.org. No real person is meant.
 */
const WOMEN = [
  'Anne',
  'Inger',
  'Kari',
  'Marit',
  'Ingrid',
  'Liv',
  'Eva',
  'Berit',
  'Astrid',
  'Bjørg',
  'Hilde',
  'Anna',
  'Solveig',
  'Marianne',
  'Randi',
  'Ida',
  'Nina',
  'Elisabeth',
  'Kristin',
  'Bente',
  'Heidi',
  'Silje',
  'Hanne',
  'Gerd',
  'Linda',
  'Tone',
  'Grethe',
  'Camilla',
  'Ragnhild',
  'Åse',
  'Sigrid',
  'Turid',
  'Mette',
  'Tove',
];
const MEN = [
  'Jan',
  'Per',
  'Bjørn',
  'Ole',
  'Lars',
  'Kjell',
  'Knut',
  'Arne',
  'Svein',
  'Thomas',
  'Hans',
  'Geir',
  'Tor',
  'Morten',
  'Terje',
  'Odd',
  'Erik',
  'Martin',
  'Andreas',
  'John',
  'Rune',
  'Trond',
  'Anders',
  'Harald',
  'Tore',
  'Jon',
  'Helge',
  'Øyvind',
  'Stein',
  'Espen',
  'Frode',
  'Gunnar',
  'Håkon',
  'Leif',
];
const LAST = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
  'Jørgensen',
  'Halvorsen',
  'Henriksen',
  'Lund',
  'Sørensen',
  'Jakobsen',
  'Moen',
  'Gundersen',
  'Iversen',
  'Strand',
  'Solberg',
  'Svendsen',
  'Eide',
  'Knutsen',
  'Martinsen',
  'Paulsen',
  'Bakken',
  'Kristoffersen',
  'Mathisen',
  'Lie',
  'Amundsen',
  'Nguyen',
  'Rasmussen',
  'Ali',
  'Lunde',
  'Solheim',
  'Berntsen',
  'Moe',
  'Kristensen',
  'Holm',
  'Bakke',
  'Aas',
  'Ødegård',
  'Øien',
  'Aune',
  'Sæther',
  'Vik',
  'Tangen',
  'Fjeld',
  'Nygård',
];

const ascii = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

export interface DemoPerson {
  name: string;
  email: string;
  gender: 'female' | 'male';
}

/** The n-th fictional person; even n are women, odd n men, so bodies filled in order are balanced. */
export function demoPerson(n: number): DemoPerson {
  const female = n % 2 === 0;
  const firsts = female ? WOMEN : MEN;
  const half = Math.floor(n / 2);
  const first = firsts[half % firsts.length]!;
  const last = LAST[(half * 7 + (female ? 3 : 11)) % LAST.length]!;
  const round = Math.floor(half / firsts.length);
  const name = `${first} ${last}`;
  return {
    name,
    email: `${ascii(first)}.${ascii(last)}${round ? round + 1 : ''}@example.org`,
    gender: female ? 'female' : 'male',
  };
}
