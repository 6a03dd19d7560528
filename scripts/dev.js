// `npm run dev`: the server loaded through Vite, so pages hot-reload and share modules with it.
// Changes under src/ restart the process (node --watch-path in package.json).
import { createServer } from 'vite';

const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom' });
const { serveDevelopment } = await vite.ssrLoadModule('/src/main.ts');
await serveDevelopment(() => vite.ssrLoadModule('virtual:react-router/server-build'), vite.middlewares);
