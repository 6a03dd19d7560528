import type { Translate } from '../../src/kernel/i18n';

/** The roles as select options, least powerful first. */
export function roleOptions(t: Translate) {
  return (['member', 'editor', 'admin'] as const).map((role) => ({ value: role, label: t(`role.${role}`) }));
}
