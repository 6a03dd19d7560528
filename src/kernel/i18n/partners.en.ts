import type { partnersNb } from './partners.nb';

/** English texts of the partner register. */
export const partnersEn: Record<keyof typeof partnersNb, string> = {
  'entity.partner': 'the partner',
  'entity.partnerContact': 'the contact',
  'audit.action.partners.addPartner': 'Partner added',
  'audit.action.partners.updatePartner': 'Partner changed',
  'audit.action.partners.mergePartners': 'Partners merged',
  'audit.action.partners.addPartnerContact': 'Contact added',
  'audit.action.partners.removePartnerContact': 'Contact removed',
  'partners.duplicate':
    'There is already a partner called "{name}" or with the same organisation number. Merge them instead.',
  'partners.merged': '"{name}" has been merged into another partner and cannot be changed.',
  'partners.mergeSelf': 'A partner cannot be merged with itself.',
  'partners.mergeOrgNumbers':
    'The partners have different organisation numbers, so they are not the same organisation.',
};
