import { Link as DsLink } from '@digdir/designsystemet-react';
import { Link, NavLink, useRouteLoaderData } from 'react-router';
import { useT } from '../lib/i18n';
import type { RootData } from '../root';
import { FlashMessage } from './flash-message';
import { LanguageSwitch } from './language-switch';

/** The portal's chrome: the alliance's name, the main menu, language, login, and the footer. */
export function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = useT();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const name = root?.organisation.name ?? 'Samråd';
  return (
    <div className="page">
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__name">
            {name}
          </Link>
          <nav aria-label={t('layout.mainNav')} className="site-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('layout.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/medlemmer">{t('nav.members')}</NavLink>
              </li>
              <li>
                <NavLink to="/organer">{t('nav.bodies')}</NavLink>
              </li>
              <li>
                <NavLink to="/moter">{t('nav.meetings')}</NavLink>
              </li>
              <li>
                <NavLink to="/vedtak">{t('portal.nav.decisions')}</NavLink>
              </li>
              <li>
                <NavLink to="/handlingsprogram">{t('portal.nav.programme')}</NavLink>
              </li>
              <li>
                <NavLink to="/arrangementer">{t('nav.events')}</NavLink>
              </li>
              <li>
                <NavLink to="/horinger">{t('nav.consultationResponses')}</NavLink>
              </li>
              <li>
                <NavLink to="/nyheter">{t('nav.news')}</NavLink>
              </li>
              <li>
                <NavLink to="/sok">{t('nav.search')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="site-header__tools">
            <LanguageSwitch />
            {root?.user ? (
              <DsLink asChild>
                <Link to="/app">{t('layout.toWork')}</Link>
              </DsLink>
            ) : (
              <DsLink asChild>
                <Link to="/logg-inn">{t('layout.login')}</Link>
              </DsLink>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <FlashMessage />
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            <strong>{name}</strong>
            {root?.organisation.contactEmail ? (
              <>
                {' · '}
                {t('layout.footer.contact')}:{' '}
                <a href={`mailto:${root.organisation.contactEmail}`}>{root.organisation.contactEmail}</a>
              </>
            ) : null}
          </p>
          <p>
            <Link to="/om">{t('portal.footer.about')}</Link>
            {' · '}
            <Link to="/tilgjengelighet">{t('portal.footer.accessibility')}</Link>
            {' · '}
            <a href="/api/v1/openapi.json">{t('layout.footer.api')}</a>
            {' · '}
            {t('layout.footer.poweredBy')}
          </p>
        </div>
      </footer>
    </div>
  );
}
