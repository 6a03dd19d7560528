import { Command } from 'commander';
import { withDatabase } from './host';

export function migrateCommand() {
  return new Command('migrate').description('apply pending database migrations').action(() =>
    withDatabase(async (database) => {
      console.log(`Migrations applied (${database.driver}).`);
    }),
  );
}
