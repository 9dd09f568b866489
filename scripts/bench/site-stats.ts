/**
 * What a build left in dist/: total size and file count, the Pagefind index, and what an entry
 * page costs a reader (its HTML, the CSS it links, and any JavaScript it loads).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

export async function folderSize(folder: string): Promise<FolderSize> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { bytes, files };
}

export interface PageWeight {
  page: string;
  htmlBytes: number;
  cssBytes: number;
  /** Scripts the page loads or inlines, with the chunks they import, in bytes. */
  scriptBytes: number;
  scriptCount: number;
}

/** HTML + linked CSS + scripts of one built page (`dist/<page>/index.html`). */
export async function pageWeight(dist: string, page: string): Promise<PageWeight> {
  const html = await readFile(path.join(dist, page, 'index.html'), 'utf8');
  const local = (href: string) => path.join(dist, href.split(/[?#]/)[0]!);
  let cssBytes = 0;
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
    cssBytes += (await stat(local(href!))).size;
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) cssBytes += Buffer.byteLength(css!);
  let scriptBytes = 0;
  let scriptCount = 0;
  // A module's bytes and those of the chunks it imports statically, each counted once.
  const counted = new Set<string>();
  const moduleBytes = async (file: string): Promise<number> => {
    if (counted.has(file)) return 0;
    counted.add(file);
    const code = await readFile(file, 'utf8');
    let bytes = Buffer.byteLength(code);
    for (const [, chunk] of code.matchAll(/\bimport\s*(?:[^'"();]*?from\s*)?["'](\.\/[^"']+\.js)["']/g))
      bytes += await moduleBytes(path.join(path.dirname(file), chunk!));
    return bytes;
  };
  for (const [tag, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(tag)) continue;
    scriptCount += 1;
    const src = /src="([^"]+)"/.exec(tag)?.[1];
    scriptBytes += src ? await moduleBytes(local(src)) : Buffer.byteLength(body ?? '');
  }
  return { page, htmlBytes: Buffer.byteLength(html), cssBytes, scriptBytes, scriptCount };
}

/** The heaviest entry pages of a build: the budget is for every entry page, so report the worst. */
export async function heaviestEntryPages(
  dist: string,
  collections: readonly string[],
  count = 3,
  /** The content folder: only pages with a content file are entry pages, not views such as /letters/signatories/. */
  contentDir?: string,
): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const collection of collections) {
    let ids: string[];
    try {
      ids = await readdir(path.join(dist, collection));
    } catch {
      continue;
    }
    for (const id of ids) {
      // Only entry pages: not the index itself, nor its later pages under page/.
      if (id === 'index.html' || id === 'page' || !existsSync(path.join(dist, collection, id, 'index.html'))) continue;
      if (contentDir && !existsSync(path.join(contentDir, collection, `${id}.mdx`))) continue;
      weights.push(await pageWeight(dist, `${collection}/${id}`));
    }
  }
  return weights.sort((a, b) => b.htmlBytes + b.cssBytes - (a.htmlBytes + a.cssBytes)).slice(0, count);
}
