import { redirect } from 'react-router';
import { safeNext } from '../../src/http/safe-next';
import type { Route } from './+types/language';

/** `/sprak?til=en&neste=/…`: remembers the language in a cookie and goes back. A link, so no JavaScript is needed. */
export function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const to = url.searchParams.get('til');
  if (to === 'nb' || to === 'en') context.setLocale(to);
  return redirect(safeNext(url.searchParams.get('neste'), '/'));
}
