/** Bokmål texts of networks. */
export const networksNb = {
  'entity.network': 'nettverket',
  'nav.networks': 'Nettverk',
} as const;
