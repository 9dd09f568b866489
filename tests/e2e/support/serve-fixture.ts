/**
 * Playwright's web server. Copies the project over the search fixture tree (tests/fixtures/search)
 * into a temporary folder, then either builds it and serves the build with `astro preview`, or runs
 * `astro dev` over it unbuilt. Removes the copy when stopped.
 *
 *   node tests/e2e/support/serve-fixture.ts preview|dev <port>
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createFixtureSite, PROJECT_ROOT } from '../../helpers/fixture-site.ts';

const [mode, port] = process.argv.slice(2);
if ((mode !== 'preview' && mode !== 'dev') || !port) {
  console.error('usage: serve-fixture.ts preview|dev <port>');
  process.exit(2);
}

const site = await createFixtureSite('search');
let stopping = false;

async function stop(code: number): Promise<never> {
  stopping = true;
  await site.remove();
  process.exit(code);
}

if (mode === 'preview') {
  const result = site.build();
  if (result.status !== 0) {
    console.error(result.output);
    await stop(1);
  }
}

const astro = spawn(
  process.execPath,
  [
    path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
    mode,
    '--root',
    site.root,
    '--host',
    '127.0.0.1',
    '--port',
    port,
  ],
  { cwd: site.root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
astro.on('exit', (code) => {
  if (!stopping) void stop(code ?? 1);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    astro.kill('SIGTERM');
    void stop(0);
  });
}
