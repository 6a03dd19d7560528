import { Alert } from '@digdir/designsystemet-react';
import { useRouteLoaderData } from 'react-router';
import type { RootData } from '../root';

/** The one-time confirmation after a redirect, announced to screen readers. */
export function FlashMessage() {
  const root = useRouteLoaderData('root') as RootData | undefined;
  if (!root?.flash) return null;
  return (
    <Alert data-color="success" role="status" className="flash">
      {root.flash}
    </Alert>
  );
}
