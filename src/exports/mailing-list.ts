import type { MailingListRow } from '../domain/networks/queries';
import type { Locale } from '../kernel/format';
import { translate } from '../kernel/i18n';
import type { OutputTable } from './table';

/** A network's mailing list as a table: name, e-mail (empty where the secretariat lacks one), organisation. */
export function mailingListTable(rows: MailingListRow[], locale: Locale): OutputTable {
  return {
    headers: [
      translate(locale, 'networks.column.name'),
      translate(locale, 'networks.column.email'),
      translate(locale, 'networks.column.organisation'),
    ],
    rows: rows.map((r) => [r.name, r.email, r.organisation]),
  };
}
