import { createRequestHandler, type ServerBuild } from 'react-router';
import { type NodeMiddleware, startServer } from './http/server';

/** Production: the pages are the React Router build bundled with this module. */
export async function serveProduction(): Promise<void> {
  const build = (await import('virtual:react-router/server-build')) as unknown as ServerBuild;
  await startServer({ pages: createRequestHandler(build, 'production') });
}

/**
 * Development (scripts/dev.js loads this module through Vite): the pages come from the same Vite
 * module graph, reloaded on change, with Vite's middleware serving the client modules.
 */
export async function serveDevelopment(
  loadBuild: () => Promise<ServerBuild>,
  vite: NodeMiddleware,
): Promise<void> {
  await startServer({ pages: createRequestHandler(loadBuild, 'development'), before: vite });
}
