import { type Context, Hono } from 'hono';
import * as oidc from 'openid-client';
import { logInWithOidc } from '../../domain/accounts/log-in-with-oidc';
import type { Config } from '../../kernel/config';
import { OIDC_COOKIE, SESSION_COOKIE } from '../cookies';
import type { HttpEnv } from '../env';
import { safeNext } from '../safe-next';

interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

/**
 * OpenID Connect sign-in (ID-porten, Entra ID, a municipality's own IdP): authorization code flow
 * with PKCE, state and nonce. The pending login lives in a short-lived httpOnly cookie scoped to
 * /auth/oidc, so any app node can finish it. The identity provider's configuration is discovered
 * once and kept; a failed discovery is retried on the next sign-in.
 */
export function oidcRoutes(config: Config) {
  const app = new Hono<HttpEnv>();
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    discovered ??= oidc
      .discovery(new URL(config.OIDC_ISSUER!), config.OIDC_CLIENT_ID!, config.OIDC_CLIENT_SECRET, undefined, {
        // Plain http only for an issuer on this machine (tests, development).
        execute: new URL(config.OIDC_ISSUER!).protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };
  const callbackUrl = (requestUrl: string) => new URL('/auth/oidc/callback', config.PUBLIC_URL ?? requestUrl);
  const fail = (c: Context<HttpEnv>, reason: string) =>
    c.redirect(`/logg-inn?feil=${encodeURIComponent(reason)}`, 303);

  app.get('/start', async (c) => {
    let server: oidc.Configuration;
    try {
      server = await configuration();
    } catch (error) {
      c.get('logger').error({ err: error }, 'OIDC discovery failed');
      return fail(c, 'oidc-unavailable');
    }
    const pending: PendingLogin = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      next: safeNext(c.req.query('neste')),
    };
    c.get('cookies').set(OIDC_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
      maxAgeSeconds: 600,
      path: '/auth/oidc',
    });
    const url = oidc.buildAuthorizationUrl(server, {
      redirect_uri: callbackUrl(c.req.url).href,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return c.redirect(url.href, 302);
  });

  app.get('/callback', async (c) => {
    const cookies = c.get('cookies');
    const raw = cookies.get(OIDC_COOKIE);
    cookies.delete(OIDC_COOKIE, '/auth/oidc');
    let pending: PendingLogin;
    try {
      pending = JSON.parse(Buffer.from(raw ?? '', 'base64url').toString('utf8')) as PendingLogin;
      if (!pending.state || !pending.verifier || !pending.nonce) throw new Error('incomplete');
    } catch {
      return fail(c, 'oidc-failed');
    }
    let claims: { iss: string; sub: string; email?: unknown; email_verified?: unknown } | undefined;
    try {
      const server = await configuration();
      const current = new URL(c.req.url);
      const url = callbackUrl(c.req.url);
      url.search = current.search;
      const tokens = await oidc.authorizationCodeGrant(server, url, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      claims = idToken;
      // Many providers keep e-mail out of the ID token; ask the userinfo endpoint for it.
      if (idToken && typeof idToken.email !== 'string') {
        const info = await oidc.fetchUserInfo(server, tokens.access_token, idToken.sub);
        claims = { ...idToken, email: info.email, email_verified: info.email_verified };
      }
    } catch (error) {
      c.get('logger').warn({ err: error }, 'OIDC callback refused');
      return fail(c, 'oidc-failed');
    }
    if (!claims) return fail(c, 'oidc-failed');
    const result = await logInWithOidc({
      ctx: c.get('ctx'),
      input: {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : undefined,
        emailVerified: claims.email_verified === true,
        userAgent: c.req.header('user-agent'),
      },
    });
    if (!result.ok) return fail(c, result.reason === 'inactive' ? 'oidc-inactive' : 'oidc-unknown-user');
    cookies.set(SESSION_COOKIE, result.session.token, { expires: result.session.expiresAt });
    return c.redirect(pending.next, 303);
  });
  return app;
}
