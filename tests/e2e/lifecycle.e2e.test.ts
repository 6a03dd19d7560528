import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, type RunningServer, startServer, stopServer } from './server';

/**
 * `npm start` on a fresh machine: ready from an empty data directory within the 30 s the issue
 * allows, a random first-admin password printed once, a second process on the same directory
 * refused, SIGTERM a clean stop, the CLI on the stopped data, and a restart that keeps the data.
 */
const started: RunningServer[] = [];
afterAll(async () => {
  for (const server of started) {
    await stopServer(server);
    rmSync(server.dataDir, { recursive: true, force: true });
  }
});

/** Signs in through the real login form (CSRF token and all), as a browser without JavaScript would. */
async function signIn(url: string, email: string, password: string): Promise<Response> {
  const form = await fetch(`${url}/logg-inn`);
  const cookie = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = (await form.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  const login = await fetch(`${url}/logg-inn`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password, neste: '/app' }),
  });
  const session = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('samrad_session='))
    ?.split(';')[0];
  return fetch(`${url}/api/v1/me`, { headers: { cookie: [cookie, session].filter(Boolean).join('; ') } });
}

describe('the server process', () => {
  it('starts, refuses a second process, stops on SIGTERM and restarts with its data', async () => {
    const first = await startServer({ env: { SAMRAD_ADMIN_PASSWORD: '' } });
    started.push(first);
    console.log(`ready from an empty data directory in ${first.readyAfterMs} ms`);
    expect(first.readyAfterMs).toBeLessThan(30_000);
    const password = first.output().match(/passord: (\S+)/)?.[1];
    expect(password).toMatch(/^[a-zA-Z2-9]{20}$/);

    const second = await startServer({ dataDir: first.dataDir }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(second).toContain('exited with 1');
    expect(second).toContain('er i bruk av en annen Samråd-prosess');

    expect(await stopServer(first)).toBe(0);
    expect(existsSync(join(first.dataDir, 'samrad.lock'))).toBe(false);

    // The CLI works on the stopped installation's data, through the same verbs.
    const samrad = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/samrad.js', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: first.dataDir },
      });
    const added = samrad(
      'user',
      'add',
      '--email',
      'sekretar@example.org',
      '--name',
      'Sara Sekretær',
      '--role',
      'editor',
    );
    expect(added.status).toBe(0);
    const editorPassword = added.stdout.match(/shown only now\): (\S+)/)?.[1];
    expect(editorPassword).toMatch(/^[a-zA-Z2-9]{20}$/);
    const duplicate = samrad('user', 'add', '--email', 'SEKRETAR@example.org', '--name', 'Kopi');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain(
      'Det finnes allerede en bruker med e-postadressen sekretar@example.org.',
    );

    const exported = samrad('export', 'programme', '--year', '2020', '--format', 'md', '--out', '-');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/^# Handlingsprogram 2020\n/);
    expect(exported.stdout).toContain('#### 4.3.5 Internasjonal profilering');
    expect(exported.stderr).toContain('[2/2] Skriver MD');
    const missing = samrad('export', 'programme', '--year', '1999', '--format', 'docx');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Fant ikke det du lette etter.');

    // Statistics Norway's JSON-stat: the reference example lands on Oslo and Bærum; a broken one writes nothing.
    const reference = join(ROOT, '..', 'shared', 'reference', 'osloregionen', 'jsonstat2_example_07459.json');
    const imported = samrad('import', 'jsonstat', reference);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toContain('[2/3] Kontrollert: 4 verdier på 2 medlemmer');
    expect(imported.stdout).toContain('Importert / imported: 07459: Befolkning');
    const broken = join(first.dataDir, 'broken.json');
    const document = JSON.parse(readFileSync(reference, 'utf8'));
    writeFileSync(broken, JSON.stringify({ ...document, value: document.value.slice(1) }));
    const refused = samrad('import', 'jsonstat', broken);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Filen har 3 verdier, men dimensjonene (2 × 1 × 2) gir 4.');

    const again = await startServer({ dataDir: first.dataDir, env: { SAMRAD_ADMIN_PASSWORD: '' } });
    started.push(again);
    console.log(`restarted on the same data directory in ${again.readyAfterMs} ms`);
    expect(again.output()).not.toContain('passord:');
    const me = await signIn(again.url, 'admin@samrad.local', password!);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'admin@samrad.local', role: 'admin' });
    const editor = await signIn(again.url, 'sekretar@example.org', editorPassword!);
    expect(await editor.json()).toMatchObject({ name: 'Sara Sekretær', role: 'editor' });
    // Two boots, one from an empty data directory, and the CLI: more than the suite's default.
  }, 180_000);
});
