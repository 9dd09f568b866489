/**
 * Runs the Astro CLI with the memory settings this site needs at scale: `npm run build` and
 * `npm run dev` go through here.
 *
 * Vite 8 bundles with Rolldown, whose native allocator (mimalloc) keeps freed memory for reuse. At
 * 10,000 entries that held the build at 3.8 GB resident although V8's heap never passed 1.2 GB;
 * asking mimalloc to return freed pages at once brought the peak to 2.7 GB and the resident size
 * while pages render from 3.5 to 1.9 GB, at no measurable cost in time (docs/performance.md).
 * mimalloc reads these when Rolldown loads, before astro.config.mjs runs, hence a launcher.
 *
 * The launcher also refuses a bad SITE_URL or BASE_PATH before Astro starts (astro.config.mjs does
 * the same for a run that does not come through here): one line, exit code 2.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSettingsOrExit } from '../src/lib/build-settings.ts';

buildSettingsOrExit(process.env);

const MIMALLOC_DEFAULTS = {
  // Return freed memory to the system immediately rather than after a delay.
  MIMALLOC_PURGE_DELAY: '0',
  // Commit arena memory as it is used, not up front.
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// A value already set by the caller wins, so the settings can be compared in the benchmark.
const env = { ...MIMALLOC_DEFAULTS, ...process.env };
const child = spawn(process.execPath, [astro, ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
