import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../lib/i18n';

/** The notice and the minutes as a web page, PDF and Word; downloads, so plain links. */
export function MeetingDocuments({
  base,
  notice = true,
  minutes = true,
  minutesApproved,
}: {
  base: string;
  notice?: boolean;
  minutes?: boolean;
  minutesApproved: boolean;
}) {
  const t = useT();
  const links = (document: 'innkalling' | 'protokoll') => (
    <>
      <a className="ds-link" href={`${base}/${document}?format=html`}>
        {t('meetings.formatHtml')}
      </a>{' '}
      ·{' '}
      <a className="ds-link" href={`${base}/${document}?format=pdf`}>
        PDF
      </a>{' '}
      ·{' '}
      <a className="ds-link" href={`${base}/${document}?format=docx`}>
        Word
      </a>
    </>
  );
  if (!notice && !minutes) return null;
  return (
    <div className="meeting-documents">
      {notice ? (
        <Paragraph>
          <strong>{t('meetings.notice')}:</strong> {links('innkalling')}
        </Paragraph>
      ) : null}
      {minutes ? (
        <Paragraph>
          <strong>{minutesApproved ? t('meetings.minutes') : t('meetings.minutesDraft')}:</strong>{' '}
          {links('protokoll')}
        </Paragraph>
      ) : null}
    </div>
  );
}
