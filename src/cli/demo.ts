import { Command, InvalidArgumentError } from 'commander';
import { sql } from 'drizzle-orm';
import { loadDemo } from '../demo/load-demo';
import { scaleUpDemo } from '../demo/scale-up';
import { getOrganisationProfile } from '../domain/settings/queries';
import { withDatabase } from './host';

function factor(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2 || n > 1000) throw new InvalidArgumentError('et heltall fra 2 til 1000');
  return n;
}

export function demoCommand() {
  return new Command('demo')
    .description('load the demo data (Osloregionen 2020) into an empty database')
    .option('--scale <factor>', 'then copy its cases, papers and meetings to N× (benchmark data)', factor)
    .action((options: { scale?: number }) =>
      withDatabase(async (database) => {
        if ((await getOrganisationProfile({ db: database.db })).version > 0) {
          console.error('Databasen er ikke tom: demodataene lastes bare inn i en tom database.');
          process.exitCode = 1;
          return;
        }
        const started = performance.now();
        await loadDemo(database.db);
        console.log(`Demo data loaded in ${Math.round(performance.now() - started)} ms.`);
        if (options.scale) {
          const scaling = performance.now();
          const counts = await scaleUpDemo(database.db, options.scale);
          console.log(
            `Scaled to ${options.scale}× in ${Math.round(performance.now() - scaling)} ms:`,
            counts,
          );
        }
        // After a bulk load, as autovacuum would in time (PGlite has none): statistics for the
        // planner, and the GIN indexes' pending entries moved into the indexes.
        await database.db.execute(sql`vacuum analyze`);
      }),
    );
}
