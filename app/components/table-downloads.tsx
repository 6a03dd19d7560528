import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../lib/i18n';

/** Plain links to the same numbers as CSV and XLSX. */
export function TableDownloads({ href }: { href: string }) {
  const t = useT();
  const join = href.includes('?') ? '&' : '?';
  return (
    <Paragraph>
      <strong>{t('common.download')}:</strong>{' '}
      <a className="ds-link" href={`${href}${join}format=xlsx`}>
        {t('common.downloadXlsx')}
      </a>
      {' · '}
      <a className="ds-link" href={`${href}${join}format=csv`}>
        {t('common.downloadCsv')}
      </a>
    </Paragraph>
  );
}
