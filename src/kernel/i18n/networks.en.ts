import type { networksNb } from './networks.nb';

/** English texts of networks. */
export const networksEn: Record<keyof typeof networksNb, string> = {
  'entity.network': 'the network',
  'nav.networks': 'Networks',
};
