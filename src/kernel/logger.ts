import pino from 'pino';

/** JSON logs to stdout; one request id per request is added by the HTTP layer. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info') {
  return pino({
    level,
    base: { app: 'samrad' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password'], remove: true },
  });
}

export type Logger = pino.Logger;
