import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the Drizzle schema; they are applied from code (src/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
