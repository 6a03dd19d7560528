import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles/app.css';
import { SkipLink } from '@digdir/designsystemet-react';
import { useContext } from 'react';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from 'react-router';
import { getOrganisationProfile } from '../src/domain/settings/queries';
import { translate } from '../src/kernel/i18n';
import type { Route } from './+types/root';
import { ErrorPage, RouteErrorPage } from './components/error-page';
import { PublicLayout } from './components/public-layout';
import { useT } from './lib/i18n';
import { NonceContext } from './lib/nonce';

export async function loader({ context }: Route.LoaderArgs) {
  const { ctx } = context;
  const profile = await getOrganisationProfile(ctx);
  const flash = context.flash.take();
  return {
    locale: ctx.locale,
    user:
      ctx.actor.kind === 'user'
        ? { name: ctx.actor.name, email: ctx.actor.email, role: ctx.actor.role }
        : null,
    // Signed in, every page may carry a form. Anonymous pages are shared through the page cache,
    // so a visitor's token goes only into the pages that have a form (their loaders add it).
    csrfToken: ctx.actor.kind === 'user' ? context.csrfToken : null,
    organisation: { name: profile.name, contactEmail: profile.contactEmail ?? null },
    flash: flash ? translate(ctx.locale, flash.messageKey, flash.params) : null,
    oidc: context.oidc,
    refusal: context.refusal,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.organisation.name ?? 'Samråd' }];
}

export const links: Route.LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const nonce = useContext(NonceContext);
  const t = useT();
  return (
    <html lang={data?.locale === 'en' ? 'en' : 'nb'} data-color-scheme="light" data-color="accent">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
        {data?.refusal ? (
          <PublicLayout>
            <ErrorPage status={data.refusal.status} detail={data.refusal.detail} />
          </PublicLayout>
        ) : (
          children
        )}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** The last resort: an error the layouts could not show, in the public chrome. */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <PublicLayout>
      <RouteErrorPage error={error} />
    </PublicLayout>
  );
}
