import { formatDateTime } from '../../kernel/format';
import { translate } from '../../kernel/i18n';
import type { Mail } from '../mail/enqueue';
import type { EventRow, RegistrationRow } from './rules';

export type RegistrationMail = 'confirmed' | 'waiting' | 'again' | 'promoted' | 'cancelled';

/**
 * The mails a registrant gets, in bokmål (the public form is Norwegian first). Only the mail
 * that is sent with a fresh token carries the cancel link: the token is stored as a hash only.
 */
export function registrationMail(
  kind: RegistrationMail,
  event: EventRow,
  registration: Pick<RegistrationRow, 'id' | 'name' | 'email' | 'status'>,
  links: { baseUrl: string; token?: string },
): Mail {
  const t = (key: string, params?: Record<string, string | number>) => translate('nb', key, params);
  const base = links.baseUrl.replace(/\/$/, '');
  const params = {
    name: registration.name,
    title: event.title,
    when: formatDateTime(event.startsAt, 'nb'),
    where: event.location || t('events.placeTba'),
    url: `${base}/arrangementer/${event.id}`,
    cancel: links.token ? `${base}/arrangementer/avmelding/${links.token}` : '',
  };
  const status = registration.status === 'waiting' ? 'waiting' : 'confirmed';
  const lines = [t(`events.mail.${kind}.body`, params)];
  if (kind === 'again') lines.push(t(`events.mail.status.${status}`), t('events.mail.oldLinks'));
  if (params.cancel) lines.push(t('events.mail.cancelLink', params));
  else if (kind === 'promoted') lines.push(t('events.mail.cancelEarlier'));
  lines.push(t('events.mail.about', params));
  return {
    to: { address: registration.email, name: registration.name },
    subject: t(`events.mail.${kind}.subject`, params),
    text: lines.join('\n\n'),
    entityType: 'registration',
    entityId: registration.id,
  };
}
