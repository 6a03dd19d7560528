import { Command, Option } from 'commander';
import { addUser } from '../domain/accounts/add-user';
import { randomPassword } from '../domain/accounts/secrets';
import { systemCtx } from '../kernel/ctx';
import { withDatabase } from './host';

export function userCommand() {
  const user = new Command('user').description('manage users');
  user
    .command('add')
    .description('add a user; without --password (and without --sso) a random password is printed once')
    .requiredOption('--email <email>', 'e-mail address (the login name)')
    .requiredOption('--name <name>', 'full name')
    .addOption(new Option('--role <role>', 'role').choices(['admin', 'editor', 'member']).default('member'))
    .option('--password <password>', 'password (at least 12 characters)')
    .option('--sso', 'no password: the user signs in with single sign-on only')
    .action(
      (options: {
        email: string;
        name: string;
        role: 'admin' | 'editor' | 'member';
        password?: string;
        sso?: boolean;
      }) =>
        withDatabase(async (database) => {
          const generated = options.password || options.sso ? null : randomPassword();
          const created = await addUser({
            ctx: systemCtx(database.db, 'cli'),
            input: {
              email: options.email,
              name: options.name,
              role: options.role,
              password: options.password ?? generated ?? undefined,
            },
          });
          console.log(`Bruker opprettet / user created: ${created.email} (${created.role})`);
          if (generated) console.log(`Passord / password (vises bare nå / shown only now): ${generated}`);
        }),
    );
  return user;
}
