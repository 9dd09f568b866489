/**
 * Our site as the bench builds it: the project's files copied into a folder outside the repository
 * (from the working tree, or from a git ref), with a content tree beside them. Its node_modules is
 * the repository's, as `npm ci` installed it, linked package by package so that Astro's cache
 * (node_modules/.astro) is the copy's own and can be cleared before each build.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The site as built: scripts/ for the check and the launcher `npm run build` runs (scripts/astro.ts). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/** Extracts `files` as committed at `ref` into `root`. */
export function extractFromRef(ref: string, files: string[], root: string): void {
  const present = new Set(
    execFileSync('git', ['ls-tree', '--name-only', ref], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\n'),
  );
  const wanted = files.filter((file) => present.has(file)).join(' ');
  execSync(`git archive --format=tar ${ref} -- ${wanted} | tar -x -C ${JSON.stringify(root)}`, { cwd: PROJECT_ROOT });
}

/** The project into `root`: from the working tree, or from a git ref. */
export async function projectCopy(root: string, ref?: string): Promise<void> {
  await mkdir(root, { recursive: true });
  if (ref) extractFromRef(ref, PROJECT_FILES, root);
  else {
    for (const file of PROJECT_FILES) {
      const from = path.join(PROJECT_ROOT, file);
      if (existsSync(from)) await cp(from, path.join(root, file), { recursive: true });
    }
  }
  await linkPackages(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'));
}

/** Each package (and scope) of `from` linked into `to`; dot entries (.bin, .astro, .vite) stay behind. */
async function linkPackages(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    if (!name.startsWith('.')) await symlink(path.join(from, name), path.join(to, name), 'dir');
  }
}
