import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../lib/i18n';

const FORMATS = [
  ['html', 'meetings.formatHtml'],
  ['pdf', 'programmeUi.formatPdf'],
  ['docx', 'programmeUi.formatDocx'],
  ['md', 'programmeUi.formatMd'],
] as const;

/** The programme and the annual report of a year as a web page, PDF, Word and Markdown: plain download links. */
export function ProgrammeDocuments({ base, report }: { base: string; report: boolean }) {
  const t = useT();
  const links = (document: 'dokument' | 'arsrapport', label: string) => (
    <Paragraph>
      <strong>{label}:</strong>{' '}
      {FORMATS.map(([format, key], i) => (
        <span key={format}>
          {i ? ' · ' : ''}
          <a className="ds-link" href={`${base}/${document}?format=${format}`}>
            {t(key)}
          </a>
        </span>
      ))}
    </Paragraph>
  );
  return (
    <div className="meeting-documents">
      {links('dokument', t('programmeUi.documentProgramme'))}
      {report ? links('arsrapport', t('programmeUi.documentReport')) : null}
    </div>
  );
}
