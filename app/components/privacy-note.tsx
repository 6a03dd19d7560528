import { Details } from '@digdir/designsystemet-react';
import { useT } from '../lib/i18n';

/** What personal data the people register keeps and why (GDPR art. 13), where people are listed. */
export function PrivacyNote() {
  const t = useT();
  return (
    <Details>
      <Details.Summary>{t('people.privacy')}</Details.Summary>
      <Details.Content>{t('people.privacyText')}</Details.Content>
    </Details>
  );
}
