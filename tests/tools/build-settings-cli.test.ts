/**
 * A bad SITE_URL or BASE_PATH ends `npm run build` (the launcher, scripts/astro.ts) and a direct
 * `astro build` (astro.config.mjs) with one line naming the setting, before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

// Where a build would write if the refusal failed to come first: never the project's dist/.
const outDir = mkdtempSync(path.join(tmpdir(), 'ept-settings-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function run(entry: string, env: Record<string, string>) {
  // process.execPath is the project's Node 24: vitest runs under it through npm.
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, entry), 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
}

describe.each([
  ['npm run build (scripts/astro.ts)', 'scripts/astro.ts'],
  ['astro build (astro.config.mjs)', 'node_modules/astro/bin/astro.mjs'],
])('%s', (_, entry) => {
  it.each([
    [
      { BASE_PATH: '//evil.example' },
      /^BASE_PATH "\/\/evil\.example" is refused: it must be a path such as \/tracker\/: .*\.$/,
    ],
    [{ BASE_PATH: '/base?x=1#f' }, /^BASE_PATH "\/base\?x=1#f" is refused: /],
    [
      { SITE_URL: 'https://user:pass@example.org' },
      /^SITE_URL "https:\/\/…@example\.org" is refused: it must be an http/,
    ],
    [{ SITE_URL: 'not a url' }, /^SITE_URL "not a url" is refused: /],
  ])('refuses %o with exit code 2 and one line on stderr', (env, message) => {
    const result = run(entry, env);
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(result.stdout).not.toContain('[build]');
  });
});
