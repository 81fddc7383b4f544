import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { reactOnPreact } from './web/react-aliases';

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
        // React resolves to Preact here as in the build (web/react-aliases.ts, ADR 033).
        resolve: {
          alias: [
            { find: '@domain', replacement: fileURLToPath(new URL('./domain', import.meta.url)) },
            ...reactOnPreact,
          ],
        },
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/src/**/*.test.ts', 'web/src/**/*.test.tsx'],
          setupFiles: ['web/test/setup.ts'],
          // Libraries that import React go through the aliases too (else Node loads real React).
          server: { deps: { inline: [/@mantine\//, /@tanstack\//, /react-router/, /@floating-ui\//] } },
        },
      },
    ],
  },
});
