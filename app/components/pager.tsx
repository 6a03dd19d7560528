import { Link, useLocation } from 'react-router';
import { useT } from '../lib/i18n';

/** Next page and back to the first, as plain links that keep the other query parameters. */
export function Pager({
  next,
  param = 'side',
  label,
}: {
  next: string | null;
  param?: string;
  label: string;
}) {
  const t = useT();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const paged = params.has(param);
  if (!next && !paged) return null;
  const nextParams = new URLSearchParams(params);
  if (next) nextParams.set(param, next);
  const firstParams = new URLSearchParams(params);
  firstParams.delete(param);
  return (
    <nav aria-label={label} className="pager">
      {paged ? (
        <Link to={`?${firstParams}`} className="ds-link">
          {t('common.firstPage')}
        </Link>
      ) : null}
      {next ? (
        <Link to={`?${nextParams}`} className="ds-link">
          {t('common.nextPage')}
        </Link>
      ) : null}
    </nav>
  );
}
