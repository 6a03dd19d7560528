import { useRouteLoaderData } from 'react-router';
import type { RootData } from '../root';

/** Whether the signed-in user keeps the registers (editor or admin): edit buttons show only then. */
export function useCanEdit(): boolean {
  const root = useRouteLoaderData('root') as RootData | undefined;
  return root?.user?.role === 'editor' || root?.user?.role === 'admin';
}
