import { Command } from 'commander';
import { loadDemo } from '../demo/load-demo';
import { withDatabase } from './host';

export function demoCommand() {
  return new Command('demo')
    .description('load the demo data (Osloregionen 2020) into an empty database')
    .action(() =>
      withDatabase(async (database) => {
        const started = performance.now();
        await loadDemo(database.db);
        console.log(`Demo data loaded in ${Math.round(performance.now() - started)} ms.`);
      }),
    );
}
