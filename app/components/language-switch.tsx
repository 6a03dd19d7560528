import { useLocation } from 'react-router';
import { useLocale, useT } from '../lib/i18n';

/** A plain link (works without JavaScript) that switches between bokmål and English. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const other = locale === 'nb' ? 'en' : 'nb';
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <a
      className="ds-link language-switch"
      href={`/sprak?til=${other}&neste=${next}`}
      lang={other === 'en' ? 'en' : 'nb'}
      hrefLang={other === 'en' ? 'en' : 'nb'}
      aria-label={t('layout.switchLanguageLabel')}
    >
      {t('layout.switchLanguage')}
    </a>
  );
}
