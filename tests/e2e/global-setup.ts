import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startServer, stopServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One server from an empty data directory for the browser journeys; `npm test` builds it first. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'build', 'server', 'index.js'))) {
    throw new Error('No build: run `npm run build` first (`npm test` does it for you).');
  }
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return async () => {
    await stopServer(server);
    rmSync(server.dataDir, { recursive: true, force: true });
  };
}
