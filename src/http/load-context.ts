import type { Ctx } from '../kernel/ctx';
import type { Logger } from '../kernel/logger';

/**
 * What React Router loaders and actions receive as `context`: the ctx for verbs and queries,
 * and the few HTTP facts a page needs. Route modules never touch the database directly.
 */
export interface SamradLoadContext {
  ctx: Ctx;
  /** The request's logger (carries the request id). */
  logger: Logger;
  csrfToken: string;
  /** Where people reach Samråd (PUBLIC_URL, else this request's origin), for links in mails. */
  publicUrl: string;
  nonce: string;
  /** Sets or clears the session cookie after a login or logout. */
  session: {
    token: string | null;
    start(token: string, expiresAt: Date): void;
    end(): void;
  };
  setLocale(locale: 'nb' | 'en'): void;
  /** A one-time message for the next page after a redirect ("Brukeren er opprettet."). */
  flash: {
    set(messageKey: string, params?: Record<string, string | number>): void;
    take(): { messageKey: string; params: Record<string, string | number> } | null;
  };
  oidc: { enabled: boolean; label: string };
  /**
   * Set when the request was refused outside React Router (a bad CSRF token, or a domain error in a
   * download route): render this error page, already in the caller's language, instead.
   */
  refusal: { status: number; detail: string } | null;
}

declare module 'react-router' {
  interface AppLoadContext extends SamradLoadContext {}
}
