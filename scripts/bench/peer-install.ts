/**
 * The bench's peers as a user has them: each is installed from its own package.json and lockfile
 * (scripts/bench/peers/<name>/, made with `npm install` there) by `npm ci` into its own folder
 * outside the repository, with no link to this project's node_modules. One install per bench run:
 * every size, corpus and round after the first reuses it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type PeerName = 'starlight' | 'astro';

export const PEERS_DIR = fileURLToPath(new URL('./peers/', import.meta.url));

/** `npm ci` of scripts/bench/peers/<name> into `root`, unless this run already installed it there. */
export async function installPeer(name: PeerName, root: string, log: (message: string) => void): Promise<void> {
  if (existsSync(path.join(root, 'node_modules/.package-lock.json'))) return;
  await mkdir(root, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) {
    await cp(path.join(PEERS_DIR, name, file), path.join(root, file));
  }
  log(`installing the ${name} peer: npm ci in ${root}`);
  // `npm run bench` passes its own npm_* settings down; the peer's install must not inherit them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The Astro CLI a project installed for itself. */
export function astroCli(root: string): string {
  return path.join(root, 'node_modules/astro/bin/astro.mjs');
}

/**
 * Removes what a build leaves behind: `dist/`, Astro's generated types and its cache (the content
 * layer's data store, which a later build would otherwise reuse). Every build the bench times
 * starts cold, as a fresh checkout in CI does.
 */
export async function clearBuildState(root: string): Promise<void> {
  for (const folder of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    await rm(path.join(root, folder), { recursive: true, force: true });
  }
}

/**
 * Rolldown warns, in ten lines, of every MDX file's `"use astro:head-inject"` directive
 * (withastro/astro#18087). Our astro.config.mjs silences that one warning; so do the peers, or
 * at 10,000 entries each would write 100,000 lines more than ours. The only change to a template's
 * config beyond what the bench needs.
 */
export const SILENCE_HEAD_INJECT_WARNING = `vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },`;

/** A project's tsconfig.json as `npm create astro` writes it. */
export const TEMPLATE_TSCONFIG = `${JSON.stringify(
  { extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] },
  null,
  2,
)}\n`;
