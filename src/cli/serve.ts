import { Command } from 'commander';

export function serveCommand() {
  return new Command('serve')
    .description('serve the app on http://$HOST:$PORT (npm run dev for development)')
    .action(async () => {
      const { serveProduction } = await import('../main');
      await serveProduction();
    });
}
