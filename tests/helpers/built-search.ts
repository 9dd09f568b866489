/**
 * Searches a built site's Pagefind index from Node, the way the search page does in a browser:
 * serves the build over HTTP (Pagefind fetches its index files) and loads its own pagefind.js, so a
 * test sees the results and excerpts a reader would, without a browser.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BuiltResult {
  /** The entry page's path, e.g. `/sources/fixture-news-2020/`. */
  url: string;
  /** Pagefind's excerpt, with the matched words in `<mark>`. */
  excerpt: string;
}

export interface BuiltSearch {
  search(term: string | null, options?: Record<string, unknown>): Promise<BuiltResult[]>;
  close(): Promise<void>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: { data(): Promise<{ url: string; excerpt: string }> }[] }>;
}

/** Pagefind over `dist` (a built site's output folder); close() stops its server. */
export async function builtSearch(dist: string): Promise<BuiltSearch> {
  const server = createServer((request, response) => {
    const file = path.join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname));
    readFile(file).then(
      (content) => response.end(content),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pagefind = (await import(pathToFileURL(path.join(dist, 'pagefind/pagefind.js')).href)) as PagefindModule;
  // The same excerpt length as the search page (src/scripts/search/pagefind-api.ts).
  await pagefind.options({ basePath: `${origin}/pagefind/`, excerptLength: 24 });

  return {
    async search(term, options) {
      const { results } = await pagefind.search(term, options);
      const data = await Promise.all(results.map((result) => result.data()));
      return data.map(({ url, excerpt }) => ({ url: new URL(url, origin).pathname, excerpt }));
    },
    close() {
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
