import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { loadDemo } from '../../src/demo/load-demo';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a dump of a freshly migrated database, loaded by each test file (faster than migrating). */
    pgliteDump: string;
    /** PostgreSQL: a migrated template database each test file copies. */
    pgTemplate: string;
    /** The same two with the demo loaded, for the files that test against the demo. */
    pgliteDemoDump: string;
    pgDemoTemplate: string;
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.href;
}

/** Migrate (and load the demo) once per run; every test file then starts from a copy of that database. */
export default async function setup(project: TestProject) {
  const driver = project.config.env?.SAMRAD_TEST_DRIVER;
  if (driver === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const template = `samrad_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const database = await openDatabase({ driver: 'postgres', url: withDatabase(url, template) });
    await migrate(database);
    await database.close();
    project.provide('pgTemplate', template);
    const demoTemplate = `${template}_demo`;
    await admin.query(`create database ${demoTemplate} template ${template}`);
    const demo = await openDatabase({ driver: 'postgres', url: withDatabase(url, demoTemplate) });
    await loadDemo(demo.db);
    await demo.close();
    project.provide('pgDemoTemplate', demoTemplate);
    console.log(`db:postgres: tests run on PostgreSQL (${new URL(url).host}), template ${template}`);
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.query(`drop database if exists ${demoTemplate} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'samrad-test-'));
  const database = await openDatabase({ driver: 'pglite', dataDir: null });
  await migrate(database);
  const dump = await database.pglite!.dumpDataDir('none');
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await loadDemo(database.db);
  const demoFile = join(dir, 'demo.tar');
  writeFileSync(demoFile, Buffer.from(await (await database.pglite!.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  project.provide('pgliteDump', file);
  project.provide('pgliteDemoDump', demoFile);
  console.log('db:pglite: tests run on embedded PGlite');
  return () => rmSync(dir, { recursive: true, force: true });
}
