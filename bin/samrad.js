#!/usr/bin/env node
// The `samrad` command: builds the app first if the build is missing or older than the source.
import { ensureBuilt } from '../scripts/ensure-built.js';

process.setSourceMapsEnabled(true);
// React and the router run their production builds unless told otherwise (as the config assumes).
process.env.NODE_ENV ??= 'production';
await ensureBuilt();
const { main } = await import('../build/server/index.js');
await main();
