/**
 * The site under a base path, as GitHub Pages serves a project site: the valid fixture tree built with
 * SITE_URL=https://example.org/some/base and no BASE_PATH, whose path is then the base (BASE_PATH
 * itself is read by the same module, src/lib/build-settings.ts, and is what the browser tests build
 * with). Every internal address in every page, stylesheet, feed, sitemap and data file must be under
 * the base and name a file that was written; body links, written from the root by contributors, are
 * prefixed as they are rendered. Every page carries the site's Content-Security-Policy.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { META_POLICY } from '../../src/lib/security-policy.ts';

const BASE = '/some/base/';
const ORIGIN = 'https://example.org';

let site: FixtureSite;
let dist: string;
let files: string[];

beforeAll(async () => {
  site = await createFixtureSite('valid');
  // No trailing slash, as actions/configure-pages gives it.
  const result = site.build({ SITE_URL: `${ORIGIN}${BASE.replace(/\/$/, '')}` });
  expect(result.status, result.output).toBe(0);
  dist = path.join(site.root, 'dist');
  files = (await readdir(dist, { recursive: true })).map((file) => file.split(path.sep).join('/'));
});

afterAll(() => site?.remove());

/** Whether a site address (under the base, query and fragment dropped) is a file in dist/. */
function servedFile(address: string): boolean {
  const pathname = decodeURI(address.replace(/[?#].*$/, ''));
  if (!pathname.startsWith(BASE)) return false;
  const file = pathname.slice(BASE.length);
  return existsSync(path.join(dist, file.endsWith('/') || file === '' ? `${file}index.html` : file));
}

/** Every address a text file points at on this site: root-relative attributes, url(), and absolute URLs. */
function internalAddresses(text: string, fileName: string): string[] {
  const found: string[] = [];
  if (fileName.endsWith('.html')) {
    for (const match of text.matchAll(/\s(?:href|src|action|poster|content)="(\/(?!\/)[^"]*)"/g)) found.push(match[1]!);
    for (const match of text.matchAll(/\ssrcset="([^"]*)"/g)) {
      for (const candidate of match[1]!.split(',')) found.push(candidate.trim().split(/\s+/)[0]!);
    }
  }
  if (fileName.endsWith('.css')) {
    for (const match of text.matchAll(/url\(\s*["']?(\/(?!\/)[^"')]*)/g)) found.push(match[1]!);
  }
  for (const match of text.matchAll(/https:\/\/example\.org(\/[^"'<>\s\\),&}]*)?/g)) found.push(match[1] ?? '/');
  return found;
}

describe(`a build with SITE_URL=${ORIGIN}${BASE} and no BASE_PATH`, () => {
  it('writes the pages, the search index and the 404 page', () => {
    for (const file of ['index.html', 'people/fixture-minister/index.html', 'pagefind/pagefind.js', '404.html']) {
      expect(files, file).toContain(file);
    }
  });

  it('points every internal link, asset, feed, sitemap and data URL at a file it wrote, under the base', async () => {
    const textFiles = files.filter(
      (file) => /\.(html|css|xml|json|txt|csv)$/.test(file) && !file.startsWith('pagefind/'),
    );
    expect(textFiles.length).toBeGreaterThan(20);
    const broken: string[] = [];
    let checked = 0;
    for (const file of textFiles) {
      const text = await readFile(path.join(dist, file), 'utf8');
      for (const address of internalAddresses(text, file)) {
        checked += 1;
        if (!servedFile(address)) broken.push(`${file}: ${address}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('prefixes a body link, which the contributor wrote from the root', async () => {
    const html = await readFile(path.join(dist, 'letters/fixture-letter-2020/index.html'), 'utf8');
    expect(html).toContain(`href="${BASE}organisations/fixture-police/"`);
    expect(html).not.toContain('href="/organisations/');
  });

  it('builds the base into the browser code, which asks for the index and the search page under it', async () => {
    // What the browser then requests is tested in Chromium (tests/e2e/base-path.spec.ts).
    const scripts = files.filter((file) => file.startsWith('_astro/') && file.endsWith('.js'));
    const all = (await Promise.all(scripts.map((file) => readFile(path.join(dist, file), 'utf8')))).join('\n');
    expect(all).toContain(`\`${BASE}\``);
    expect(all).not.toContain('import.meta.env');
  });

  it('has canonical URLs on the public address with the base', async () => {
    const html = await readFile(path.join(dist, 'people/fixture-minister/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}people/fixture-minister/">`);
  });

  it("carries the site's policy in every page, before any stylesheet or script", async () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = await readFile(path.join(dist, file), 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
      expect(meta, file).not.toBeNull();
      // The attribute as a browser reads it: Astro writes each ' as a character reference.
      expect(meta![1]!.replace(/&#(?:39|x27);|&apos;/g, "'"), file).toBe(META_POLICY);
      expect(meta!.index, file).toBeLessThan(html.search(/<link rel="stylesheet"|<script/));
    }
  });
});
