/** Bokmål texts of the partner register. */
export const partnersNb = {
  'entity.partner': 'partneren',
  'entity.partnerContact': 'kontaktpersonen',
  'audit.action.partners.addPartner': 'Partner lagt til',
  'audit.action.partners.updatePartner': 'Partner endret',
  'audit.action.partners.mergePartners': 'Partnere slått sammen',
  'audit.action.partners.addPartnerContact': 'Kontaktperson lagt til',
  'audit.action.partners.removePartnerContact': 'Kontaktperson fjernet',
  'partners.duplicate':
    'Det finnes allerede en partner som heter «{name}» eller har samme organisasjonsnummer. Slå dem sammen i stedet.',
  'partners.merged': '«{name}» er slått sammen med en annen partner og kan ikke endres.',
  'partners.mergeSelf': 'En partner kan ikke slås sammen med seg selv.',
  'partners.mergeOrgNumbers': 'Partnerne har ulike organisasjonsnumre, så de er ikke samme organisasjon.',
} as const;
