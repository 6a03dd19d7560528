import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

/**
 * One build for pages and server: the SSR bundle's entry is src/server-entry.ts, which imports
 * React Router's server build, so the host, the CLI and the pages share one copy of every module.
 */
export default defineConfig({
  plugins: [reactRouter()],
  build: { assetsInlineLimit: 0 },
  environments: {
    ssr: {
      build: { target: 'node20', sourcemap: true, rollupOptions: { input: './src/server-entry.ts' } },
    },
  },
});
