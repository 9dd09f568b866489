/** Reading the search page the way a test needs it: which entries came back, and the counts. */
import { expect, type Page } from '@playwright/test';

/** The entry pages the results link to, in order, without the highlight parameter. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.locator('.search-result-title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** The announced status: written once a search has finished and its results are on the page. */
export function status(page: Page) {
  return page.getByRole('status');
}

/** Waits for a finished search with this announcement. */
export async function expectAnnounced(page: Page, text: string | RegExp): Promise<void> {
  await expect(status(page)).toHaveText(text);
}

/** The values a filter shows, with their counts; hidden values (no results) are left out. */
export function facetCounts(page: Page, key: string): Promise<Record<string, number>> {
  return page.locator(`[data-facet="${key}"] li[data-value]:visible`).evaluateAll((items) =>
    Object.fromEntries(items.map((item) => [(item as HTMLElement).dataset.value!, Number(item.querySelector('[data-count]')!.textContent)])),
  );
}

/** The checkbox of one filter value, found by its visible label. */
export function filterBox(page: Page, facetLabel: string, valueLabel: string) {
  return page.locator('details.facet').filter({ has: page.locator('summary', { hasText: facetLabel }) }).getByRole('checkbox', { name: valueLabel });
}

/** The search page's address for a query string, e.g. `q=encryption&kind=quote`. */
export function searchUrl(query = ''): string {
  return query ? `/search/?${query}` : '/search/';
}
