// The SSR bundle's entry (build/server/index.js): the CLI, which serves the pages built beside it.
export { main } from './cli/index';
