import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
/** The e-mail tests listen here with an in-process SMTP server (e2e/signalements.spec.ts). */
export const smtpPort = port + 1000;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  // One retry in CI: a journey that fails once by timing does not cost a landing, and the
  // summary names it flaky so that it is looked into, never hidden.
  retries: process.env.CI ? 1 : 0,
  // A shared 2-core machine can be slow: a timeout is not a speed goal (those live in npm run bench).
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/reports/playwright.json' }]],
  outputDir: '.tmp/playwright-results',
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // The browser's own language (date fields as JJ/MM/AAAA): needs Debian's chromium-l10n.
      env: { ...process.env, LANGUAGE: 'fr' },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { E2E_PORT: String(port), SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
  },
});
