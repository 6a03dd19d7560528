import { Command } from 'commander';
import { appVersion } from '../kernel/paths';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { importCommand } from './import';
import { migrateCommand } from './migrate';
import { serveCommand } from './serve';
import { userCommand } from './user';

/** `npx samrad <command>`: each command is a thin adapter over verbs. */
export async function main(argv = process.argv): Promise<void> {
  const program = new Command('samrad')
    .description('Samråd — the operating system of a regional political alliance')
    .version(appVersion())
    .showHelpAfterError();
  program.addCommand(serveCommand());
  program.addCommand(migrateCommand());
  program.addCommand(demoCommand());
  program.addCommand(userCommand());
  program.addCommand(exportCommand());
  program.addCommand(importCommand());
  await program.parseAsync(argv);
}
