import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/** The environment the server reads; everything else has a default that works on a laptop. */
const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optional,
  /** The address users reach the app at, e.g. https://samrad.osloregionen.no; https makes cookies Secure. */
  PUBLIC_URL: optional,
  /** Trust X-Forwarded-For/-Proto from a reverse proxy in front of the app. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  SAMRAD_ADMIN_EMAIL: z.string().default('admin@samrad.local'),
  SAMRAD_ADMIN_PASSWORD: optional,
  SAMRAD_DEMO: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v !== 'false' && v !== '0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: optional,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  /** Button text on the login page, e.g. "ID-porten" or "Kommunens pålogging". */
  OIDC_LABEL: z.string().default('Single sign-on'),
  /** Outgoing mail, e.g. smtp://user:password@smtp.example.org:587; without it, mail stays in the outbox. */
  SMTP_URL: optional,
  MAIL_FROM: z.string().default('Samråd <noreply@samrad.local>'),
  NODE_ENV: z.string().default('production'),
});

export type Config = z.output<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = Env.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  return result.data;
}

export function oidcEnabled(config: Config): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID);
}
