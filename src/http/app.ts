import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import { oidcEnabled } from '../kernel/config';
import { describeError } from '../kernel/describe-error';
import { Forbidden, isDomainError, TooLarge, Unauthenticated } from '../kernel/errors';
import { translate } from '../kernel/i18n';
import { appVersion, projectRoot } from '../kernel/paths';
import { apiV1 } from './api/v1/router';
import { oidcRoutes } from './auth/oidc';
import { pageCache } from './cache/page-cache';
import { documentRoutes } from './documents';
import type { HttpDeps, HttpEnv } from './env';
import { feedRoutes } from './feeds/routes';
import { health } from './health';
import { csrf } from './middleware/csrf';
import { requestContext } from './middleware/request-context';
import { oparl } from './oparl/router';
import { renderPages, renderRefusal } from './pages';
import { problem } from './problem';

/** Sends an anonymous visitor to the login page, and back here afterwards. */
function toLogin(c: Context<HttpEnv>) {
  const url = new URL(c.req.url);
  return c.redirect(`/logg-inn?neste=${encodeURIComponent(url.pathname + url.search)}`, 303);
}

const MAX_REQUEST_MB = 21;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The one HTTP host: health, API, single sign-on and static assets in Hono; the pages through
 * React Router. Built from its dependencies, so tests run it with `app.request()` on a test database.
 */
export function createApp(deps: HttpDeps) {
  const version = appVersion();
  const app = new Hono<HttpEnv>();
  // First: a kept page is answered before any other work (its headers were kept with it).
  const cache = pageCache(deps);
  app.use(cache.middleware);

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", NONCE],
        // Server-rendered style attributes (Designsystemet, SVG charts) need inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      strictTransportSecurity: deps.config.PUBLIC_URL?.startsWith('https://') ? 'max-age=31536000' : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  const compressor = compress();
  app.use((c, next) => (cache.skipsCompression(c) ? next() : compressor(c, next)));

  // Hashed build assets never change: cache them for a year. Served before any session lookup.
  const clientDir = join(projectRoot(), 'build', 'client');
  app.use(
    '/assets/*',
    serveStatic({ root: clientDir, onFound: (_path, c) => c.header('cache-control', IMMUTABLE) }),
  );
  app.use(
    '/favicon.svg',
    serveStatic({
      root: clientDir,
      onFound: (_path, c) => c.header('cache-control', 'public, max-age=86400'),
    }),
  );

  app.use(requestContext(deps));
  app.route('/', health(deps.database, version));

  // No request is larger than the largest upload (a 20 MB attachment) with its form around it.
  app.use(
    bodyLimit({
      maxSize: MAX_REQUEST_MB * 1024 * 1024,
      onError: () => {
        throw new TooLarge(MAX_REQUEST_MB);
      },
    }),
  );

  const pages = deps.pages;
  app.use(
    csrf((c) =>
      c.req.path.startsWith('/api/') || !pages
        ? problem(c, new Forbidden('error.csrf'), c.get('ctx').locale)
        : renderRefusal(pages, deps, { status: 403, detail: translate(c.get('ctx').locale, 'error.csrf') })(
            c,
          ),
    ),
  );
  // Signed-in areas: an anonymous visitor is sent to the login page and back afterwards.
  for (const area of ['/app', '/app/*', '/admin', '/admin/*']) {
    app.use(area, async (c, next) => {
      if (c.get('ctx').actor.kind !== 'anonymous') return next();
      return toLogin(c);
    });
  }

  app.route('/api/v1', apiV1(version));
  if (oidcEnabled(deps.config)) app.route('/auth/oidc', oidcRoutes(deps.config));
  app.route('/oparl/v1', oparl());
  app.route('/', documentRoutes());
  app.route('/', feedRoutes());

  if (pages) app.all('*', renderPages(pages, deps));

  app.onError((error, c) => {
    if (!isDomainError(error)) c.get('logger')?.error({ err: error }, 'unhandled error');
    const locale = c.get('ctx')?.locale ?? 'nb';
    // A download asked for from a page (a notice, a file) answers as a page, not as JSON.
    if (pages && isDomainError(error) && !c.req.path.startsWith('/api/')) {
      if (error instanceof Unauthenticated) return toLogin(c);
      const { status, detail } = describeError(error, locale);
      return renderRefusal(pages, deps, { status, detail })(c);
    }
    return problem(c, error, locale);
  });
  return app;
}
