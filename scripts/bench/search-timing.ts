/**
 * What a first search costs a reader, measured in headless Chromium (Debian's, never a downloaded
 * browser) against the built site on localhost, each run in a fresh browser context (cold cache):
 *
 * - the search page: load /search/, type a query, wait for the first result — the time from the
 *   query to the first result, and the bytes sent (page, then Pagefind's files, counted at the
 *   server because worker requests don't show as page events);
 * - the engine alone: Pagefind's JS API from a plain entry page, with and without facet counts
 *   (`filters()`), so the cost of the counts is visible on its own.
 */
import { type Browser, chromium } from '@playwright/test';
import { startCountingServer } from './counting-server.ts';

export interface SearchPageFigures {
  query: string;
  msToFirstResult: number;
  pageBytes: number;
  pagefindBytes: number;
  requests: number;
}

export interface EngineFigures {
  query: string;
  withFacetCounts: boolean;
  msToResults: number;
  pagefindBytes: number;
  results: number;
}

export interface SearchFigures {
  searchPage: SearchPageFigures;
  engine: EngineFigures[];
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function split(requests: { path: string; bytes: number }[]) {
  const pagefind = requests.filter((r) => r.path.startsWith('/pagefind/'));
  return {
    pagefindBytes: pagefind.reduce((sum, r) => sum + r.bytes, 0),
    pageBytes: requests.filter((r) => !r.path.startsWith('/pagefind/')).reduce((sum, r) => sum + r.bytes, 0),
  };
}

async function searchPage(browser: Browser, base: string, query: string, server: Awaited<ReturnType<typeof startCountingServer>>): Promise<SearchPageFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.reset();
  await page.goto(`${base}/search/`, { waitUntil: 'load' });
  await page.waitForSelector('[data-search-app]:not([hidden])');
  await page.waitForLoadState('networkidle');
  const started = Date.now();
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('[data-search-results] > li');
  const msToFirstResult = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const counted = server.counted();
  await context.close();
  return { query, msToFirstResult, ...split(counted.requests), requests: counted.requests.length };
}

async function engine(browser: Browser, base: string, entryPage: string, query: string, withFacetCounts: boolean, server: Awaited<ReturnType<typeof startCountingServer>>): Promise<EngineFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${entryPage}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  server.reset();
  const { ms, results } = await page.evaluate(async ({ query, withFacetCounts }) => {
    const started = performance.now();
    const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
    await pagefind.options({});
    if (withFacetCounts) await pagefind.filters();
    const response = await pagefind.search(query);
    await Promise.all(response.results.slice(0, 10).map((result: { data(): Promise<unknown> }) => result.data()));
    return { ms: performance.now() - started, results: response.results.length as number };
  }, { query, withFacetCounts });
  const counted = server.counted();
  await context.close();
  return { query, withFacetCounts, msToResults: ms, pagefindBytes: split(counted.requests).pagefindBytes, results };
}

/** Serves `dist` on localhost and measures a first search for `query`. */
export async function measureSearch(dist: string, query: string, entryPage: string): Promise<SearchFigures> {
  const server = await startCountingServer(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const searchPageFigures = await searchPage(browser, server.url, query, server);
    const engineFigures = [
      await engine(browser, server.url, entryPage, query, false, server),
      await engine(browser, server.url, entryPage, query, true, server),
    ];
    return { searchPage: searchPageFigures, engine: engineFigures };
  } finally {
    await browser.close();
    await server.close();
  }
}
