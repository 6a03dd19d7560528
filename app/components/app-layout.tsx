import { Button } from '@digdir/designsystemet-react';
import { Form, Link, NavLink, useRouteLoaderData } from 'react-router';
import type { MessageKey } from '../../src/kernel/i18n';
import { useT } from '../lib/i18n';
import type { RootData } from '../root';
import { FlashMessage } from './flash-message';
import { CsrfField } from './form';
import { LanguageSwitch } from './language-switch';

type Role = 'admin' | 'editor' | 'member';
interface NavItem {
  to: string;
  label: MessageKey;
  roles: Role[];
  end?: boolean;
}

/** The work menu; each entry lists the roles that see it. Later areas add their entries here. */
const NAV: { heading?: MessageKey; items: NavItem[] }[] = [
  {
    items: [
      { to: '/app', label: 'layout.dashboard', roles: ['admin', 'editor', 'member'], end: true },
      { to: '/app/profil', label: 'layout.profile', roles: ['admin', 'editor', 'member'] },
    ],
  },
  {
    heading: 'nav.organisation',
    items: [
      { to: '/app/medlemmer', label: 'nav.members', roles: ['admin', 'editor', 'member'] },
      { to: '/app/delregioner', label: 'nav.subregions', roles: ['admin', 'editor', 'member'] },
      { to: '/app/organer', label: 'nav.bodies', roles: ['admin', 'editor', 'member'] },
      { to: '/app/personer', label: 'nav.people', roles: ['admin', 'editor', 'member'] },
      { to: '/app/organisasjonskart', label: 'nav.orgChart', roles: ['admin', 'editor', 'member'] },
    ],
  },
  {
    heading: 'nav.meetingsGroup',
    items: [
      { to: '/app/moter', label: 'nav.meetings', roles: ['admin', 'editor', 'member'] },
      { to: '/app/saker', label: 'nav.cases', roles: ['admin', 'editor', 'member'] },
      { to: '/app/oppfolging', label: 'nav.followUps', roles: ['admin', 'editor', 'member'] },
    ],
  },
  {
    heading: 'nav.programmeGroup',
    items: [
      { to: '/app/handlingsprogram', label: 'nav.programmes', roles: ['admin', 'editor', 'member'] },
      { to: '/app/arshjul', label: 'nav.cycle', roles: ['admin', 'editor', 'member'] },
      { to: '/app/partnere', label: 'nav.partners', roles: ['admin', 'editor', 'member'] },
      { to: '/app/horinger', label: 'nav.consultations', roles: ['admin', 'editor', 'member'] },
      { to: '/app/arrangementer', label: 'nav.events', roles: ['admin', 'editor', 'member'] },
      { to: '/app/nettverk', label: 'nav.networks', roles: ['admin', 'editor', 'member'] },
      { to: '/app/prosjekter', label: 'nav.projects', roles: ['admin', 'editor', 'member'] },
      { to: '/app/nyheter', label: 'nav.news', roles: ['admin', 'editor'] },
    ],
  },
  {
    heading: 'nav.economyGroup',
    items: [
      { to: '/app/kontingent', label: 'nav.fees', roles: ['admin', 'editor', 'member'] },
      { to: '/app/budsjett', label: 'nav.budget', roles: ['admin', 'editor', 'member'] },
      { to: '/app/kunnskap', label: 'nav.knowledge', roles: ['admin', 'editor', 'member'] },
    ],
  },
  {
    heading: 'layout.admin',
    items: [
      { to: '/admin/brukere', label: 'layout.users', roles: ['admin'] },
      { to: '/admin/endringslogg', label: 'layout.auditLog', roles: ['admin'] },
      { to: '/admin/innstillinger', label: 'layout.settings', roles: ['admin'] },
      { to: '/admin/utboks', label: 'nav.outbox', roles: ['admin'] },
    ],
  },
];

/** The signed-in chrome: who is signed in, the work menu for their role, and sign-out. */
export function AppLayout({ children }: { children: React.ReactNode }) {
  const t = useT();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const user = root?.user;
  const role = user?.role ?? 'member';
  return (
    <div className="page page--app">
      <header className="site-header site-header--app">
        <div className="site-header__inner">
          <Link to="/app" className="site-header__name">
            {root?.organisation.name ?? 'Samråd'} <span className="site-header__product">Samråd</span>
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
            <Link to="/" className="ds-link">
              {t('layout.toPortal')}
            </Link>
            {user ? (
              <>
                <span className="site-header__user">{t('layout.signedInAs', { name: user.name })}</span>
                <Form method="post" action="/logg-ut" className="inline-form">
                  <CsrfField />
                  <Button type="submit" variant="secondary" data-size="sm">
                    {t('layout.logout')}
                  </Button>
                </Form>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <div className="app-body">
        <nav aria-label={t('layout.appNav')} className="app-nav">
          {NAV.map((group, index) => {
            const items = group.items.filter((item) => item.roles.includes(role));
            if (!items.length) return null;
            return (
              <div key={group.heading ?? index} className="app-nav__group">
                {group.heading ? <p className="app-nav__heading">{t(group.heading)}</p> : null}
                <ul>
                  {items.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to} end={item.end}>
                        {t(item.label)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <main id="main" tabIndex={-1} className="app-main">
          <FlashMessage />
          {children}
        </main>
      </div>
    </div>
  );
}
