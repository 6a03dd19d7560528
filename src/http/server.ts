import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { type Database, openDatabase, targetFromEnv } from '../db/client';
import { DataDirInUse } from '../db/data-dir-lock';
import { migrate } from '../db/migrate';
import { prepareInstallation } from '../demo/prepare-installation';
import { closePdfBrowser } from '../exports/pdf';
import { startMailDispatcher } from '../jobs/mail-dispatcher';
import { startReminders } from '../jobs/reminders';
import { type Config, loadConfig } from '../kernel/config';
import { countChangesLocally } from '../kernel/data-version';
import { createLogger, type Logger } from '../kernel/logger';
import { createApp } from './app';
import type { PagesHandler } from './env';

export interface Running {
  server: Server;
  database: Database;
  stop(): Promise<void>;
}

/**
 * Boot: open the database (taking the data-directory lock), migrate, prepare an empty installation,
 * and only then listen. SIGTERM/SIGINT close the server and the database and exit.
 */
/** Connect-style middleware run before the app (Vite's dev server in development). */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export async function startServer(options: {
  pages: PagesHandler;
  config?: Config;
  logger?: Logger;
  before?: NodeMiddleware;
}): Promise<Running> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const target = targetFromEnv({ DATABASE_URL: config.DATABASE_URL, DATA_DIR: config.DATA_DIR });
  const started = performance.now();
  let database: Database;
  try {
    database = await openDatabase(target);
  } catch (error) {
    if (error instanceof DataDirInUse) {
      logger.fatal(error.message);
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  await migrate(database);
  await prepareInstallation(database.db, config, logger);
  // The data directory's lock makes this process the only writer: count changes in memory.
  if (database.driver === 'pglite') countChangesLocally(database.db);
  logger.info({ driver: database.driver, ms: Math.round(performance.now() - started) }, 'database ready');

  const app = createApp({ database, config, logger, pages: options.pages });
  const stopMail = config.SMTP_URL
    ? startMailDispatcher({ db: database.db, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, logger })
    : () => {};
  const stopReminders = startReminders({
    db: database.db,
    // A link in a mail only where the address users reach is known.
    baseUrl: config.PUBLIC_URL,
    logger,
  });
  const listener = getRequestListener(app.fetch);
  const before = options.before;
  const server = createServer(before ? (req, res) => before(req, res, () => listener(req, res)) : listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  logger.info({ url: `http://${config.HOST}:${config.PORT}` }, 'Samråd is listening');

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
        // Long-lived keep-alive connections must not hold the shutdown hostage.
        setTimeout(() => server.closeAllConnections?.(), 5000).unref();
      });
      stopMail();
      stopReminders();
      await closePdfBrowser();
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        (error) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { server, database, stop };
}
