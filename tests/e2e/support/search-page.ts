/** Reading the search page the way a test needs it: which entries came back, and the counts. */
import { expect, type Page } from '@playwright/test';

/** The entry pages the results link to, in order, without the highlight parameter. */
export function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('.search-result-title a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** The announced status: written once a search has finished and its results are on the page. */
export function status(page: Page) {
  return page.getByRole('status');
}

/** Waits for a finished search with this announcement. */
export async function expectAnnounced(page: Page, text: string | RegExp): Promise<void> {
  await expect(status(page)).toHaveText(text);
}

/** Waits until the counts on screen are for the search announced: the filters are busy while counting. */
export async function expectCounted(page: Page, key: string): Promise<void> {
  await expect(page.locator('#search-filters')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator(`[data-facet="${key}"]`)).toHaveAttribute('data-counted', 'true');
}

/** The values a filter shows, with their counts, once counted; hidden values (no results) are left out. */
export async function facetCounts(page: Page, key: string): Promise<Record<string, number>> {
  await expectCounted(page, key);
  return page
    .locator(`[data-facet="${key}"] li[data-value]:visible`)
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [
          (item as HTMLElement).dataset.value!,
          Number(item.querySelector('[data-count]')!.textContent),
        ]),
      ),
    );
}

/** Opens a folded filter by its heading. */
export async function openFilter(page: Page, facetLabel: string): Promise<void> {
  await page.locator('details.facet summary', { hasText: facetLabel }).click();
}

/** The checkbox of one filter value, found by its visible label. */
export function filterBox(page: Page, facetLabel: string, valueLabel: string) {
  return page
    .locator('details.facet')
    .filter({ has: page.locator('summary', { hasText: facetLabel }) })
    .getByRole('checkbox', { name: valueLabel });
}

/** The search page's address for a query string, e.g. `q=encryption&kind=quote`. */
export function searchUrl(query = ''): string {
  return query ? `/search/?${query}` : '/search/';
}
