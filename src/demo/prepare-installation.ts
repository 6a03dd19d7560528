import type { Db } from '../db/types';
import { ensureFirstAdmin } from '../domain/accounts/ensure-first-admin';
import { hasActiveAdmin } from '../domain/accounts/queries';
import { getOrganisationProfile } from '../domain/settings/queries';
import type { Config } from '../kernel/config';
import { systemCtx } from '../kernel/ctx';
import type { Logger } from '../kernel/logger';
import { loadDemo } from './load-demo';

/**
 * On an empty database: load the demo data (unless SAMRAD_DEMO=false) and create the first
 * administrator, printing a generated password once. On a used database: nothing.
 */
export async function prepareInstallation(db: Db, config: Config, logger: Logger): Promise<void> {
  const profile = await getOrganisationProfile({ db });
  if (profile.version === 0 && config.SAMRAD_DEMO) {
    const started = performance.now();
    await loadDemo(db);
    logger.info({ ms: Math.round(performance.now() - started) }, 'demo data loaded');
  }
  if (await hasActiveAdmin(db)) return;
  const result = await ensureFirstAdmin({
    ctx: systemCtx(db, 'boot'),
    input: { email: config.SAMRAD_ADMIN_EMAIL, password: config.SAMRAD_ADMIN_PASSWORD },
  });
  logger.info({ email: result.email }, 'first administrator created');
  if (result.generatedPassword) {
    // Printed once, to the console only (not the JSON log): the operator must write it down.
    console.log(
      `\n  Første administrator / first administrator:\n    e-post:  ${result.email}\n    passord: ${result.generatedPassword}\n  Passordet vises bare denne ene gangen. Bytt det etter innlogging.\n`,
    );
  }
}
