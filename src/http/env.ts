import type { Database } from '../db/client';
import type { Config } from '../kernel/config';
import type { Ctx } from '../kernel/ctx';
import type { Logger } from '../kernel/logger';

/** What every request handler can reach through `c.get(…)`. */
export interface HttpEnv {
  Variables: {
    requestId: string;
    ctx: Ctx;
    /** How the actor was identified: the session cookie (CSRF applies) or a bearer token (it does not). */
    authMethod: 'session' | 'bearer' | null;
    sessionToken: string | null;
    csrfToken: string;
    /** Where people reach Samråd (PUBLIC_URL, else this request's origin), without a trailing slash: links in mails and feeds. */
    publicUrl: string;
    secureHeadersNonce?: string;
    logger: Logger;
    /** Set-Cookie values to add to the response, whoever builds it. */
    outCookies: string[];
    cookies: import('./cookies').CookieJar;
  };
}

export interface HttpDeps {
  database: Database;
  config: Config;
  logger: Logger;
  /** The React Router pages; absent in API-only tests. */
  pages?: PagesHandler;
  /** Fixed clock for tests. */
  now?: () => Date;
}

export type PagesHandler = (
  request: Request,
  loadContext: import('react-router').AppLoadContext,
) => Promise<Response>;
