/**
 * The site built and served under a base path, as GitHub Pages serves a project site
 * (BASE_PATH=/some/base/, see playwright.config.ts): pages, the search index, results and the
 * highlighted page they open all stay under the base, and nothing is asked of the domain's root.
 */
import { expect, test } from '@playwright/test';
import { expectAnnounced, resultPaths } from './support/search-page.ts';
import { guardSite } from './support/site-guard.ts';

const BASE = '/some/base/';

test('search runs under the base path: index, results and the page a result opens', async ({
  page,
  context,
  baseURL,
}) => {
  expect(new URL(baseURL!).pathname).toBe(BASE);
  const guard = await guardSite(context, page);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  // Relative to the base URL: `search/`, not `/search/`.
  await page.goto('search/?q=encryption');
  await expectAnnounced(page, /^9 results for “encryption”/);
  const paths = await resultPaths(page);
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(path.startsWith(BASE), path).toBe(true);

  await page.locator('.search-result-title a').first().click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}[a-z]+/[^/]+/\\?highlight=encryption$`));
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/encryption/i);

  // The header's search box sends its words to the search page under the base.
  await page.locator('#site-search-input').fill('warrant');
  await page.locator('#site-search-input').press('Enter');
  await expect(page).toHaveURL(`${baseURL}search/?q=warrant`);

  const origin = new URL(baseURL!).origin;
  const outsideBase = guard.requests.filter((url) => url.startsWith(origin) && !url.startsWith(`${origin}${BASE}`));
  expect(outsideBase).toEqual([]);
  expect(guard.offsite(origin)).toEqual([]);
  expect(guard.refusals).toEqual([]);
  expect(failed).toEqual([]);
  expect(guard.requests.some((url) => url.startsWith(`${origin}${BASE}pagefind/`))).toBe(true);
});

test('a missing path under the base gets the 404 page, whose links stay under the base', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(7);
  for (const href of hrefs) expect(href!.startsWith(BASE), href!).toBe(true);
});
