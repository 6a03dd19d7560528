import { Outlet, redirect } from 'react-router';
import { AppLayout } from '../../components/app-layout';
import { RouteErrorPage } from '../../components/error-page';
import type { Route } from './+types/layout';

/** Everything under /app and /admin needs a signed-in user (the HTTP host checks it too). */
export function loader({ request, context }: Route.LoaderArgs) {
  if (context.ctx.actor.kind !== 'user') {
    const url = new URL(request.url);
    throw redirect(`/logg-inn?neste=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return null;
}

export default function AppArea() {
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <AppLayout>
      <RouteErrorPage error={error} />
    </AppLayout>
  );
}
