// Builds when build/ is missing or older than any source file, so `npm start` and
// `npx samrad` work on a fresh clone without a separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = join(root, 'build', 'server', 'index.js');
const SOURCES = [
  'app',
  'src',
  'public',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'react-router.config.ts',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

export async function ensureBuilt() {
  const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  if (built > source) return;
  console.error('Bygger Samråd (første start eller endret kildekode) / building Samråd …');
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}\nThe build failed (see above).`);
    process.exit(result.status ?? 1);
  }
  console.error(`Ferdig / built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
