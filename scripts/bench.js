// `npm run bench`: builds, then measures the server on the demo data and on the demo scaled 100×
// (decades of cases, papers and meetings), against a static node:http server returning the same
// page (the ceiling), all in one run on this machine. See docs/performance.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    // Rounds over every target and dataset, interleaved, so a drift of the machine hits both alike.
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
    scale: { type: 'string', default: '100' },
    out: { type: 'string' },
    // A PostgreSQL server to run on instead of the embedded database (databases samrad_bench_N are made on it).
    'database-url': { type: 'string' },
  },
});
const DURATION = Number(args.duration);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
const SCALE = Number(args.scale);
const root = join(import.meta.dirname, '..');
const PORT_BASE = 4100 + Math.floor(Math.random() * 800);

function run(cmd, argv, env = {}) {
  const result = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed`);
}

async function waitReady(url, child) {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server not ready in 120 s');
}

/** A fresh database on the PostgreSQL server of --database-url, named after the scale. */
async function freshPostgres(scale) {
  const name = `samrad_bench_${scale}`;
  const admin = new pg.Client({ connectionString: args['database-url'] });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(args['database-url']);
  url.pathname = `/${name}`;
  return url.href;
}

/**
 * Loads the demo (scaled) into a fresh database — a data directory, or PostgreSQL with
 * --database-url — and serves it; LOG_LEVEL=warn leaves out the per-request log line.
 */
async function startSamrad(scale, port) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samrad-bench-'));
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: args['database-url'] ? await freshPostgres(scale) : '',
    LOG_LEVEL: 'warn',
    SAMRAD_ADMIN_PASSWORD: 'bench-admin-passord',
  };
  run(process.execPath, ['bin/samrad.js', 'demo', ...(scale > 1 ? ['--scale', String(scale)] : [])], env);
  const child = spawn(process.execPath, ['bin/samrad.js', 'serve'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, child);
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function measure(url) {
  // A short warm-up first: the page cache fills, the JIT settles.
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The same bytes from a bare node:http server in its own process: what this machine can do at most. */
async function startCeiling(body, port) {
  const file = join(mkdtempSync(join(tmpdir(), 'samrad-ceiling-')), 'page.html');
  writeFileSync(file, body);
  const code = `const b=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html; charset=utf-8','content-length':b.length});s.end(b)}).listen(${port},'127.0.0.1',()=>console.log('up'))`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((r) => child.stdout.once('data', r));
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

async function targets(url) {
  const meetings = await (await fetch(`${url}/api/v1/meetings?from=2019-09-17&to=2019-09-17`)).json();
  // The board meeting of 17 September 2019 (case 39/19): agenda, papers, votes and minutes.
  const meeting = meetings.data.find((m) => m.startsAt.startsWith('2019-09-17'));
  if (!meeting) throw new Error('the demo meeting of 17.9.2019 is missing');
  return {
    'meeting page': `${url}/moter/${meeting.id}`,
    // Pages of the same size on both datasets (the demo has 7 meetings and 5 hits for
    // "transportplan"): what one page costs, not how many rows it shows.
    'members API': `${url}/api/v1/members?limit=5`,
    'meetings API': `${url}/api/v1/meetings?limit=5`,
    search: `${url}/api/v1/search?q=transportplan&limit=5`,
  };
}

run('npm', ['run', 'build']);
const datasets = [
  ['demo', 1],
  [`${SCALE}×`, SCALE],
];
const servers = [];
let results;
try {
  for (const [label, scale] of datasets) {
    const server = await startSamrad(scale, PORT_BASE + scale);
    servers.push({ label, server, urls: await targets(server.url) });
  }
  const page = await (await fetch(servers[0].urls['meeting page'])).text();
  const ceilingServer = await startCeiling(page, PORT_BASE + 999);
  servers.unshift({
    label: '—',
    server: ceilingServer,
    urls: { 'static node:http (ceiling)': ceilingServer.url },
  });
  // Every round measures each target on each dataset in turn; the table has each one's medians.
  const runs = new Map();
  for (let round = 1; round <= ROUNDS; round++)
    for (const target of ['static node:http (ceiling)', ...Object.keys(servers[1].urls)])
      for (const { label, urls } of servers) {
        if (!urls[target]) continue;
        const key = `${label}|${target}`;
        runs.set(key, [...(runs.get(key) ?? []), await measure(urls[target])]);
        console.log(`round ${round}`, { data: label, target, ...runs.get(key).at(-1) });
      }
  results = [...runs].map(([key, measured]) => {
    const [data, target] = key.split('|');
    return {
      data,
      target,
      rps: median(measured.map((m) => m.rps)),
      p50: median(measured.map((m) => m.p50)),
      p99: median(measured.map((m) => m.p99)),
    };
  });
} finally {
  for (const { server } of servers) await server.stop();
}

const ceiling = results[0];
const find = (data, target) => results.find((r) => r.data === data && r.target === target);
const rows = results.map((r) => {
  const base = find('demo', r.target);
  return {
    ...r,
    'vs ceiling': r.target === 'meeting page' ? `${Math.round((100 * r.rps) / ceiling.rps)} %` : '',
    'p99 vs demo': r.data !== 'demo' && base ? `${(r.p99 / Math.max(base.p99, 1)).toFixed(2)}×` : '',
  };
});
const where = args['database-url'] ? 'PostgreSQL' : 'the embedded database (PGlite)';
console.log(
  `\n${CONNECTIONS} connections, medians of ${ROUNDS} rounds of ${DURATION} s per target, on ${where}, ${new Date().toISOString()}`,
);
console.table(rows);

const demoPage = find('demo', 'meeting page');
const checks = [
  [`meeting page ≥ 50 % of the ceiling's requests/s`, demoPage.rps >= ceiling.rps / 2],
  ['meeting page p99 < 50 ms', demoPage.p99 < 50],
  ...['members API', 'meetings API', 'search'].map((t) => [
    `${t} p99 at ${SCALE}× within 1.5× of the demo's`,
    // p99 is whole milliseconds: 1 ms of noise is not a regression.
    find(`${SCALE}×`, t).p99 <= Math.max(1.5 * find('demo', t).p99, find('demo', t).p99 + 1),
  ]),
];
for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
if (args.out)
  writeFileSync(
    args.out,
    JSON.stringify(
      { database: where, connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, results },
      null,
      2,
    ),
  );
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
