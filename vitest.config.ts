import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'domain/**/*.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          setupFiles: ['server/test/fail-on-console-error.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        // The browser-side stores (outbox, tournée in progress) in jsdom with an in-memory
        // IndexedDB: the races of the street capture, tested without a browser.
        resolve: { alias: { '@domain': fileURLToPath(new URL('./domain', import.meta.url)) } },
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/src/**/*.test.ts', 'web/src/**/*.test.tsx'],
          setupFiles: ['web/test/setup.ts'],
        },
      },
    ],
  },
});
