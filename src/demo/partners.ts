import { addPartner } from '../domain/partners/add-partner';
import type { Ctx } from '../kernel/ctx';

/**
 * The partner organisations Handlingsprogram 2020 names (in its activity tables and § 4.3), with
 * their kind. Their contacts are left for the secretariat: the demo has no real people.
 */
const PARTNERS: [string, Parameters<typeof addPartner>[0]['input']['kind']][] = [
  ['Østlandssamarbeidet', 'public_body'],
  ['NHO', 'business_association'],
  ['LO', 'business_association'],
  ['Zero', 'ngo'],
  ['Innovasjon Norge', 'state_agency'],
  ['Oslo Business Region', 'company'],
  ['VisitOslo', 'company'],
  ['LUHO', 'university'],
  ['IKT-Norge', 'business_association'],
  ['Ungt Entreprenørskap', 'ngo'],
  ['Circular Norway', 'ngo'],
  ['Norsk senter for sirkulærøkonomi', 'cluster'],
  ['Oslo International Advisory Board', 'international'],
];

export async function loadPartners(ctx: Ctx) {
  for (const [name, kind] of PARTNERS) await addPartner({ ctx, input: { name, kind } });
}
