/**
 * The typed errors of the domain. Each transport maps them once:
 * the UI to a status page or form errors, the API to problem+json, the CLI to a message and exit code.
 * Messages are i18n keys, so every transport can speak bokmål or English.
 */
export type FieldErrors = Record<string, string[]>;
export type MessageParams = Record<string, string | number>;

export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  constructor(
    readonly messageKey: string,
    readonly params: MessageParams = {},
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  readonly code = 'not-found';
  readonly status = 404;
  constructor(readonly entity = 'entity') {
    super('error.notFound', { entity });
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'unauthenticated';
  readonly status = 401;
  constructor() {
    super('error.unauthenticated');
  }
}

export class Forbidden extends DomainError {
  readonly code = 'forbidden';
  readonly status = 403;
  constructor(messageKey = 'error.forbidden') {
    super(messageKey);
  }
}

/** Someone else changed the record since it was read (stale version), or a unique value is taken. */
export class Conflict extends DomainError {
  readonly code = 'conflict';
  readonly status = 409;
  constructor(messageKey = 'error.conflict', params: MessageParams = {}) {
    super(messageKey, params);
  }
}

/** Input did not pass its schema; fieldErrors hold translated messages per field path. */
export class Validation extends DomainError {
  readonly code = 'validation';
  readonly status = 400;
  constructor(
    readonly fieldErrors: FieldErrors,
    messageKey = 'error.validation',
  ) {
    super(messageKey);
  }
}

/** The input is well-formed but a business rule refuses it now (quorum not met, wrong state …). */
export class PreconditionFailed extends DomainError {
  readonly code = 'precondition-failed';
  readonly status = 422;
}

/** The request body is larger than any upload may be. */
export class TooLarge extends DomainError {
  readonly code = 'too-large';
  readonly status = 413;
  constructor(maxMegabytes: number) {
    super('error.tooLarge', { max: maxMegabytes });
  }
}

export class RateLimited extends DomainError {
  readonly code = 'rate-limited';
  readonly status = 429;
  constructor(
    readonly retryAfterSeconds: number,
    messageKey = 'error.rateLimited',
  ) {
    super(messageKey, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
