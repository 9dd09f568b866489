/**
 * The content check imports Astro's own modules so that it reads files exactly as the build does:
 * the frontmatter cut, the YAML reader and the MDX parser. That holds only while it gets the very
 * copy the build runs: a version apart would install beside the build's, and the two could drift
 * without a word.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const packageJson = (folder: string) =>
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, folder, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };

/** Each module the check shares with the build, and the build's packages that load it. */
const SHARED = [
  { name: '@astrojs/internal-helpers', usedBy: ['astro', '@astrojs/mdx'] },
  { name: 'js-yaml', usedBy: ['@astrojs/internal-helpers'] },
  { name: 'satteri', usedBy: ['@astrojs/markdown-satteri'] },
];

describe("Astro's modules the check shares with the build", () => {
  it.each(SHARED)('$name is installed once, so the check and $usedBy run the same copy', ({ name, usedBy }) => {
    expect(packageJson('.').dependencies?.[name], `${name} is a dependency`).toBeDefined();
    for (const user of usedBy) {
      expect(packageJson(`node_modules/${user}`).dependencies?.[name], `${user} depends on ${name}`).toBeDefined();
      expect(
        existsSync(path.join(PROJECT_ROOT, 'node_modules', user, 'node_modules', name)),
        `a copy under ${user}`,
      ).toBe(false);
    }
  });

  it('@astrojs/internal-helpers is pinned to the exact version Astro pins', () => {
    const astros = packageJson('node_modules/astro').dependencies?.['@astrojs/internal-helpers'];
    expect(packageJson('.').dependencies?.['@astrojs/internal-helpers']).toBe(astros);
    expect(packageJson('node_modules/@astrojs/internal-helpers').version).toBe(astros);
  });
});
