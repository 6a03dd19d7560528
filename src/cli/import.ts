import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command } from 'commander';
import { importStatistics } from '../domain/knowledge/import-statistics';
import { readStatistics } from '../domain/knowledge/read-statistics';
import { systemCtx } from '../kernel/ctx';
import { withDatabase } from './host';
import { progress } from './progress';

export function importCommand() {
  const command = new Command('import').description('import data from files');
  command
    .command('jsonstat')
    .description(
      "a JSON-stat 2.0 file from Statistics Norway's API (e.g. table 07459): values land on the members",
    )
    .argument('<file>', 'the JSON-stat file')
    .option('--dry-run', 'check the file and show where its values would land, without saving')
    .action((file: string, options: { dryRun?: boolean }) =>
      withDatabase(async (database) => {
        const steps = progress(options.dryRun ? 2 : 3);
        try {
          steps.step(`Leser ${basename(file)} / reading`);
          const input = {
            format: 'jsonstat' as const,
            fileName: basename(file),
            content: await readFile(file, 'utf8'),
          };
          const ctx = systemCtx(database.db, 'cli');
          const preview = await readStatistics(ctx, input);
          steps.step(
            `Kontrollert: ${preview.rows.length} verdier på ${new Set(preview.rows.map((r) => r.memberId)).size} medlemmer / checked`,
          );
          if (!options.dryRun) {
            const result = await importStatistics({ ctx, input });
            steps.step(`Lagret / saved (${result.observations})`);
          }
          steps.done();
          const years = [...new Set(preview.rows.map((r) => r.year))].sort();
          console.log(
            `${options.dryRun ? 'Ville importert' : 'Importert'} / ${options.dryRun ? 'would import' : 'imported'}: ` +
              `${preview.file.tableLabel || preview.file.tableCode}, ${preview.rows.length} verdier, ` +
              `år ${years[0]}–${years.at(-1)}, indikatorer: ${preview.file.indicators.map((i) => i.key).join(', ')}`,
          );
          if (preview.skipped.length)
            console.log(
              `Ikke medlemmer, hoppet over / not members, skipped: ${preview.skipped.length} (${preview.skipped.slice(0, 5).join(', ')}${preview.skipped.length > 5 ? ', …' : ''})`,
            );
        } finally {
          steps.done();
        }
      }),
    );
  return command;
}
