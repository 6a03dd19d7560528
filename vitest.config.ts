import { defineConfig } from 'vitest/config';

/**
 * Projects: `unit` (no database), `db:pglite` (every *.db.test.ts on embedded PGlite),
 * `db:postgres` (the same files on the PostgreSQL server of TEST_DATABASE_URL, as in CI),
 * and `e2e` (the built server in Chromium). Each project's name shows in the report.
 */
const dbTests = ['src/**/*.db.test.ts', 'tests/**/*.db.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'tests/*.test.ts'],
          exclude: [...dbTests, '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db:pglite',
          sequence: { groupOrder: 0 },
          include: dbTests,
          env: { SAMRAD_TEST_DRIVER: 'pglite' },
          globalSetup: ['tests/support/global-setup-db.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                name: 'db:postgres',
                sequence: { groupOrder: 0 },
                include: dbTests,
                env: { SAMRAD_TEST_DRIVER: 'postgres' },
                globalSetup: ['tests/support/global-setup-db.ts'],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          // After the others: the browser journeys and the boot-time bar get the machine to themselves.
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
