/**
 * Builds the site over a fixture content tree, in a temporary copy of the project, so build tests
 * exercise the real config, integrations and pages without touching the real content or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures');

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export interface FixtureSite {
  root: string;
  /** Writes (or, with null, deletes) files under the site root, e.g. `content/quotes/x.mdx`. */
  edit(files: Record<string, string | null>): Promise<void>;
  /** Runs `astro build`; `env` adds variables (e.g. EDIT_URL) for this build only. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  read(sitePath: string): Promise<string>;
  hasDist(): boolean;
  remove(): Promise<void>;
}

/** Copies the project and a fixture content tree (tests/fixtures/<name>/content) into a temp dir. */
export async function createFixtureSite(fixture: string): Promise<FixtureSite> {
  const root = await mkdtemp(path.join(tmpdir(), `ept-${fixture}-`));
  for (const file of PROJECT_FILES) {
    const from = path.join(PROJECT_ROOT, file);
    if (existsSync(from)) await cp(from, path.join(root, file), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await cp(path.join(FIXTURES, fixture, 'content'), path.join(root, 'content'), { recursive: true });

  return {
    root,
    async edit(files) {
      for (const [file, text] of Object.entries(files)) {
        const full = path.join(root, file);
        if (text === null) {
          await rm(full, { force: true });
        } else {
          await mkdir(path.dirname(full), { recursive: true });
          await writeFile(full, text);
        }
      }
    },
    build(env = {}) {
      // process.execPath is the project's Node 24 (vitest runs under it through npm).
      const result = spawnSync(
        process.execPath,
        [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
        },
      );
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    read(sitePath) {
      return readFile(
        path.join(root, 'dist', sitePath.replace(/^\//, ''), sitePath.endsWith('/') ? 'index.html' : ''),
        'utf8',
      );
    },
    hasDist() {
      return existsSync(path.join(root, 'dist'));
    },
    remove() {
      return rm(root, { recursive: true, force: true });
    },
  };
}
