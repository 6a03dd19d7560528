import { type Database, openDatabase, targetFromEnv } from '../db/client';
import { DataDirInUse } from '../db/data-dir-lock';
import { migrate } from '../db/migrate';
import { describeError } from '../kernel/describe-error';
import { isDomainError } from '../kernel/errors';

/**
 * Opens the configured database, migrated, for one command, and always closes it.
 * Domain errors become a readable message (in bokmål) and exit code 1; nothing else is hidden.
 */
export async function withDatabase(fn: (database: Database) => Promise<void>): Promise<void> {
  let database: Database | null = null;
  try {
    database = await openDatabase(targetFromEnv());
    await migrate(database);
    await fn(database);
  } catch (error) {
    if (error instanceof DataDirInUse) return fail(error.message);
    if (isDomainError(error)) {
      const described = describeError(error, 'nb');
      const fields = Object.entries(described.fieldErrors ?? {}).map(
        ([field, messages]) => `  ${field}: ${messages.join(' ')}`,
      );
      return fail([`${described.title}: ${described.detail}`, ...fields].join('\n'));
    }
    throw error;
  } finally {
    await database?.close();
  }
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 1;
}
