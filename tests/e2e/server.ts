import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ADMIN = { email: 'admin@samrad.local', password: 'e2e-admin-passord-2020' };

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** Milliseconds from spawn until /readyz answered 200. */
  readyAfterMs: number;
}

/** Starts the built server as `npm start` does (node bin/samrad.js serve), on its own port and data directory. */
export async function startServer(
  options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samrad-e2e-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/samrad.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMRAD_ADMIN_EMAIL: ADMIN.email,
      SAMRAD_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    if (performance.now() - started > 90_000) {
      child.kill('SIGKILL');
      throw new Error(`The server did not get ready in 90 s:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    readyAfterMs: Math.round(performance.now() - started),
  };
}

/** SIGTERM, as a service manager stops it; resolves with the exit code. */
export function stopServer(server: RunningServer): Promise<number | null> {
  return new Promise((resolveExit) => {
    if (server.process.exitCode !== null) return resolveExit(server.process.exitCode);
    server.process.once('exit', (code) => resolveExit(code));
    server.process.kill('SIGTERM');
  });
}
