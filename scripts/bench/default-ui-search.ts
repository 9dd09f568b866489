/**
 * The yardstick for a first search's transfer: what Pagefind's own Default UI (pagefind-ui.js and
 * .css, which Pagefind writes into every bundle) downloads for the same first query on the same
 * index. A bare page mounting `PagefindUI` with its defaults is added to dist/, then served and
 * counted by the same server as our search page, in Chromium, in a fresh context (cold cache).
 *
 *   node scripts/bench/default-ui-search.ts <dist> [query]   measures an already built site
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startCountingServer } from './counting-server.ts';
import { firstResultMs, watchFirstResult } from './first-result-clock.ts';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, type BytesByKind, byKind } from './search-timing.ts';

export interface DefaultUiFigures {
  query: string;
  /** From typing the query to the first result on screen: includes the UI's 300 ms debounce. */
  msToFirstResult: number;
  results: string;
  /** Everything sent: the bare host page, the UI's script and styles, Pagefind's engine and index. */
  bytes: number;
  rawBytes: number;
  /** The host page alone (a few hundred bytes), which our figure has no counterpart for. */
  hostPageBytes: number;
  requests: number;
  byKind: BytesByKind;
}

const PAGE = '/bench-pagefind-default-ui/';
const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind Default UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div>
<script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));</script>
</body></html>
`;

/** Serves `dist` with the Default UI page added and measures its first search for `query`. */
export async function measureDefaultUiSearch(dist: string, query: string): Promise<DefaultUiFigures> {
  const folder = path.join(dist, PAGE);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'index.html'), HOST);
  const server = await startCountingServer(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    server.reset();
    await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
    await page.waitForSelector('.pagefind-ui__search-input');
    await page.waitForLoadState('networkidle');
    await watchFirstResult(page, {
      input: '.pagefind-ui__search-input',
      start: 'input',
      resultSelector: '.pagefind-ui__result',
    });
    await page.fill('.pagefind-ui__search-input', query);
    // From the typed query to the first result painted, by the page's own clock (its debounce included).
    const msToFirstResult = await firstResultMs(page);
    // The UI fetches each shown result's fragment after the first appears: wait for them all.
    await page.waitForSelector('.pagefind-ui__message');
    await page.waitForLoadState('networkidle');
    const requests = server.counted().requests;
    const results = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
    await context.close();
    const host = requests.filter((r) => r.path === PAGE);
    return {
      query,
      msToFirstResult,
      results: results.trim(),
      bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
      rawBytes: requests.reduce((sum, r) => sum + r.rawBytes, 0),
      hostPageBytes: host.reduce((sum, r) => sum + r.bytes, 0),
      requests: requests.length,
      byKind: byKind(requests),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const [dist, query = 'encryption'] = process.argv.slice(2);
  if (!dist) {
    console.error('usage: node scripts/bench/default-ui-search.ts <dist> [query]');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureDefaultUiSearch(path.resolve(dist), query), null, 2));
}
