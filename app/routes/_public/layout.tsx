import { Outlet } from 'react-router';
import { RouteErrorPage } from '../../components/error-page';
import { PublicLayout } from '../../components/public-layout';
import type { Route } from './+types/layout';

export default function PublicArea() {
  return (
    <PublicLayout>
      <Outlet />
    </PublicLayout>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <PublicLayout>
      <RouteErrorPage error={error} />
    </PublicLayout>
  );
}
