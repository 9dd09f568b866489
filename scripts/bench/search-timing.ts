/**
 * What a first search costs a reader, measured in headless Chromium (Debian's, never a downloaded
 * browser) against the built site on localhost, each run in a fresh browser context (cold cache):
 *
 * - the search page: load /search/, type a query and press Enter — the time to the first result
 *   and to the filter counts, and every file sent (the page, then Pagefind's files), counted at the
 *   server because worker requests don't show as page events; then the time a filter choice and a
 *   date order take. Timings are the median of a few runs: this is a shared 2-core machine.
 * - the engine alone: Pagefind's JS API from a plain entry page, with and without counts for every
 *   filter (`filters()`), so the cost of the counts is visible on its own.
 *
 * Bytes are what the server sent (text gzipped, see counting-server.ts); `raw` is the size on disk.
 *
 *   node scripts/bench/search-timing.ts <dist> [query]   measures an already built site
 */
import { type Browser, chromium, type Page } from '@playwright/test';
import { type CountingServer, type ServedFile, startCountingServer } from './counting-server.ts';
import { firstResultMs, watchFirstResult } from './first-result-clock.ts';

export interface CountedRequest extends ServedFile {
  /** What the file is for (see `requestKind`). */
  kind: string;
}

export type BytesByKind = Record<string, { bytes: number; rawBytes: number; files: number }>;

export interface SearchPageFigures {
  query: string;
  /** Medians over `runs` cold runs. From the Enter key to the first result painted, by the page's clock. */
  msToFirstResult: number;
  /**
   * From the start of typing until the result count is announced (the first page of results is all
   * on screen), and then the counts, by Node's clock: Playwright's round trips included.
   */
  msToAnnounced: number;
  msToCounts: number;
  /** A kind filter chosen after the first search, until its results and counts show. */
  msFilterChange: number;
  /** Newest first chosen after that, until its results show. */
  msSortChange: number;
  runs: {
    msToFirstResult: number;
    msToAnnounced: number;
    msToCounts: number;
    msFilterChange: number;
    msSortChange: number;
  }[];
  /** When the first search started, in ms after the page's first request (for reading requestList's atMs). */
  searchStartedAtMs: number;
  results: string;
  pageBytes: number;
  pagefindBytes: number;
  pageRawBytes: number;
  pagefindRawBytes: number;
  requests: number;
  byKind: BytesByKind;
  requestList: CountedRequest[];
}

export interface EngineFigures {
  query: string;
  withFacetCounts: boolean;
  msToResults: number;
  pagefindBytes: number;
  pagefindRawBytes: number;
  results: number;
  byKind: BytesByKind;
}

export interface SearchFigures {
  searchPage: SearchPageFigures;
  engine: EngineFigures[];
}

/** The browser the search is timed in: Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = 3;

/** What a request is for, so the cost of a first search can be read per kind of file. */
export function requestKind(requestPath: string): string {
  if (requestPath.startsWith('/pagefind/')) {
    const name = requestPath.slice('/pagefind/'.length);
    if (name === 'pagefind.js' || name === 'pagefind-worker.js' || name === 'pagefind-entry.json') return name;
    if (name.startsWith('pagefind-ui.')) return name; // Pagefind's Default UI (default-ui-search.ts)
    if (name.startsWith('wasm.')) return 'wasm';
    const extension = /\.pf_(\w+)$/.exec(name)?.[1];
    return extension ? `pf_${extension}` : `pagefind other (${name})`;
  }
  if (requestPath.endsWith('/') || requestPath.endsWith('.html')) return 'page HTML';
  if (requestPath.endsWith('.css')) return 'page CSS';
  if (requestPath.endsWith('.js')) return 'page JS';
  if (requestPath.endsWith('.json')) return 'page JSON';
  return 'page other';
}

export function byKind(requests: readonly ServedFile[]): BytesByKind {
  const kinds: BytesByKind = {};
  for (const request of requests) {
    const kind = (kinds[requestKind(request.path)] ??= { bytes: 0, rawBytes: 0, files: 0 });
    kind.bytes += request.bytes;
    kind.rawBytes += request.rawBytes;
    kind.files += 1;
  }
  return kinds;
}

const sum = (requests: readonly ServedFile[], key: 'bytes' | 'rawBytes') =>
  requests.reduce((total, request) => total + request[key], 0);

function split(requests: readonly ServedFile[]) {
  const pagefind = requests.filter((r) => r.path.startsWith('/pagefind/'));
  const page = requests.filter((r) => !r.path.startsWith('/pagefind/'));
  return {
    pagefindBytes: sum(pagefind, 'bytes'),
    pageBytes: sum(page, 'bytes'),
    pagefindRawBytes: sum(pagefind, 'rawBytes'),
    pageRawBytes: sum(page, 'rawBytes'),
  };
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Waits until the search page has finished a search whose announcement differs from `before`. */
async function searchSettled(page: Page, before: string): Promise<void> {
  await page.waitForFunction((previous) => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && status !== previous;
  }, before);
}

/** Counts are on screen once nothing on the page is marked busy (the filters are, while counting). */
async function countsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

async function searchPageRun(browser: Browser, server: CountingServer, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.reset();
  await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
  await page.waitForSelector('[data-search-app]:not([hidden])');
  await page.waitForLoadState('networkidle');
  const idle = (await page.locator('[data-search-status]').textContent()) ?? '';

  await watchFirstResult(page, {
    input: '#search-input',
    start: 'enter',
    resultSelector: '[data-search-results] > li',
  });
  const searchStartedAtMs = server.elapsedMs();
  const started = Date.now();
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  // From the Enter key to the first result painted, by the page's own clock.
  const msToFirstResult = await firstResultMs(page);
  await searchSettled(page, idle);
  const msToAnnounced = Date.now() - started;
  await countsSettled(page);
  const msToCounts = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const counted = server.counted().requests;
  const results = (await page.locator('[data-search-status]').textContent()) ?? '';

  // A filter choice, then a date order: how long the reader waits for each once search is warm.
  const filterStarted = Date.now();
  await page.locator('[data-facet="kind"] input[value="quote"]').check();
  await searchSettled(page, results);
  await countsSettled(page);
  const msFilterChange = Date.now() - filterStarted;
  const filtered = (await page.locator('[data-search-status]').textContent()) ?? '';
  const sortStarted = Date.now();
  await page.locator('[data-search-sort]').selectOption('newest');
  await searchSettled(page, filtered);
  const msSortChange = Date.now() - sortStarted;

  await context.close();
  return {
    timings: { msToFirstResult, msToAnnounced, msToCounts, msFilterChange, msSortChange },
    counted,
    results,
    searchStartedAtMs,
  };
}

async function searchPage(browser: Browser, server: CountingServer, query: string): Promise<SearchPageFigures> {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await searchPageRun(browser, server, query));
  const timings = runs.map((run) => run.timings);
  const { counted, results, searchStartedAtMs } = runs[0]!;
  return {
    query,
    msToFirstResult: median(timings.map((t) => t.msToFirstResult)),
    msToAnnounced: median(timings.map((t) => t.msToAnnounced)),
    msToCounts: median(timings.map((t) => t.msToCounts)),
    msFilterChange: median(timings.map((t) => t.msFilterChange)),
    msSortChange: median(timings.map((t) => t.msSortChange)),
    runs: timings,
    searchStartedAtMs,
    results,
    ...split(counted),
    requests: counted.length,
    byKind: byKind(counted),
    requestList: counted.map((request) => ({ ...request, kind: requestKind(request.path) })),
  };
}

async function engine(
  browser: Browser,
  server: CountingServer,
  entryPage: string,
  query: string,
  withFacetCounts: boolean,
): Promise<EngineFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${entryPage}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  server.reset();
  const { ms, results } = await page.evaluate(
    async ({ query, withFacetCounts }) => {
      const started = performance.now();
      const pagefindUrl = '/pagefind/pagefind.js'; // The site's, not a module TypeScript can find.
      const pagefind = await import(/* @vite-ignore */ pagefindUrl);
      await pagefind.options({});
      if (withFacetCounts) await pagefind.filters();
      const response = await pagefind.search(query);
      await Promise.all(response.results.slice(0, 10).map((result: { data(): Promise<unknown> }) => result.data()));
      return { ms: performance.now() - started, results: response.results.length as number };
    },
    { query, withFacetCounts },
  );
  const counted = server.counted().requests;
  await context.close();
  const { pagefindBytes, pagefindRawBytes } = split(counted);
  return { query, withFacetCounts, msToResults: ms, pagefindBytes, pagefindRawBytes, results, byKind: byKind(counted) };
}

/** Serves `dist` on localhost and measures a first search for `query`. */
export async function measureSearch(dist: string, query: string, entryPage: string): Promise<SearchFigures> {
  const server = await startCountingServer(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  try {
    const searchPageFigures = await searchPage(browser, server, query);
    const engineFigures = [
      await engine(browser, server, entryPage, query, false),
      await engine(browser, server, entryPage, query, true),
    ];
    return { searchPage: searchPageFigures, engine: engineFigures };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const [dist, query = 'encryption'] = process.argv.slice(2);
  if (!dist) {
    console.error('usage: node scripts/bench/search-timing.ts <dist> [query]');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureSearch(dist, query, '/quotes/quote-1/'), null, 2));
}
