import { redirect } from 'react-router';
import { logOut } from '../../src/domain/accounts/log-out';
import type { Route } from './+types/logout';

/** POST only (a form button): ends this session and clears the cookie. */
export async function action({ context }: Route.ActionArgs) {
  const token = context.session.token;
  if (token && context.ctx.actor.kind === 'user')
    await logOut({ ctx: context.ctx, input: { sessionToken: token } });
  context.session.end();
  context.flash.set('login.loggedOut');
  return redirect('/');
}

export function loader() {
  return redirect('/');
}
