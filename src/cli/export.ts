import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { closePdfBrowser } from '../exports/pdf';
import { DocumentFormat, programmeFile } from '../exports/programme-files';
import { ANONYMOUS, systemCtx } from '../kernel/ctx';
import { LOCALES, type Locale } from '../kernel/format';
import { withDatabase } from './host';
import { progress } from './progress';

export function exportCommand() {
  const command = new Command('export').description('export documents and data');
  command
    .command('programme')
    .description('the action programme (or, with --report, the annual report) of a year as a document')
    .requiredOption('--year <year>', 'the plan year, e.g. 2020')
    .addOption(new Option('--format <format>', 'file format').choices(DocumentFormat.options).default('docx'))
    .option('--report', 'the annual report: the programme with status, notes and key figures')
    .option(
      '--public',
      'as the public reads it: only an adopted programme, nothing exempt, no internal notes',
    )
    .addOption(
      new Option('--lang <lang>', 'language of the generated text').choices([...LOCALES]).default('nb'),
    )
    .option('--out <file>', 'where to write it ("-" for standard output); default: its name in this folder')
    .action(
      (options: {
        year: string;
        format: DocumentFormat;
        report?: boolean;
        public?: boolean;
        lang: Locale;
        out?: string;
      }) =>
        withDatabase(async (database) => {
          const year = Number(options.year);
          const steps = progress(2);
          steps.step(`Leser handlingsprogrammet for ${year} / reading the programme`);
          // The operator's own reading is the secretariat's (drafts, notes, exempt titles); --public is the portal's.
          const operator = systemCtx(database.db, 'cli');
          const ctx = {
            ...operator,
            actor: options.public ? ANONYMOUS : operator.actor,
            locale: options.lang,
          };
          try {
            const file = await programmeFile(
              ctx,
              year,
              options.report ? 'report' : 'programme',
              options.format,
            );
            steps.step(`Skriver ${options.format.toUpperCase()} / writing`);
            steps.done();
            if (options.out === '-') {
              process.stdout.write(file.body);
              return;
            }
            const out = options.out ?? file.filename;
            await writeFile(out, file.body);
            console.error(`Skrevet / written: ${out} (${Math.ceil(Buffer.byteLength(file.body) / 1024)} kB)`);
          } finally {
            steps.done();
            await closePdfBrowser();
          }
        }),
    );
  return command;
}
