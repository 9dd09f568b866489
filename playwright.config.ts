/**
 * Browser tests: Debian's Chromium (never a downloaded browser) against the search fixture site,
 * built and served by `astro preview`, and the same tree under `astro dev` for the one test of what
 * search says without a build. See tests/e2e/.
 */
import { defineConfig } from '@playwright/test';
import { freePort } from './tests/e2e/support/free-port.ts';

// Chosen once by the runner; its workers inherit the environment, so they agree on the ports.
process.env.E2E_PREVIEW_PORT ??= String(await freePort());
process.env.E2E_DEV_PORT ??= String(await freePort());
process.env.E2E_BASE_PORT ??= String(await freePort());
const previewURL = `http://127.0.0.1:${process.env.E2E_PREVIEW_PORT}`;
const devURL = `http://127.0.0.1:${process.env.E2E_DEV_PORT}`;
// The same tree built under a base path, as GitHub Pages serves a project site (tests/e2e/base-path.spec.ts).
const BASE_PATH = '/some/base/';
const baseURL = `http://127.0.0.1:${process.env.E2E_BASE_PORT}${BASE_PATH}`;

const server = (mode: 'preview' | 'dev', url: string, port: string, env: Record<string, string> = {}) => ({
  // process.execPath: the project's Node 24, whatever `node` the shell would find.
  command: `"${process.execPath}" tests/e2e/support/serve-fixture.ts ${mode} ${port}`,
  url: url.endsWith('/') ? url : `${url}/`,
  env: { ...process.env, ...env } as Record<string, string>,
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'built site', use: { baseURL: previewURL }, testIgnore: /(dev|base-path)\.spec\.ts/ },
    { name: 'base path', use: { baseURL }, testMatch: /base-path\.spec\.ts/ },
    { name: 'astro dev', use: { baseURL: devURL }, testMatch: /dev\.spec\.ts/ },
  ],
  webServer: [
    server('preview', previewURL, process.env.E2E_PREVIEW_PORT),
    server('dev', devURL, process.env.E2E_DEV_PORT),
    server('preview', baseURL, process.env.E2E_BASE_PORT, { BASE_PATH }),
  ],
});
