/**
 * A missing address gets the site's own 404 page from `astro preview` (as from the static hosts of
 * docs/deployment.md, which serve dist/404.html): status 404, the site's frame, a search box that
 * works, and the way into every index.
 */
import { expect, test } from '@playwright/test';
import { expectAnnounced } from './support/search-page.ts';

test('a missing path answers 404 with the site’s page: search and every index', async ({ page }) => {
  const response = await page.goto('/people/nobody-by-this-name/');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Page not found — /);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const indexes = page.locator('main .browse-links a');
  await expect(indexes).toHaveText([
    'Letters',
    'Quotes',
    'Government positions',
    'People',
    'Organisations',
    'Jurisdictions',
    'Sources',
    'Topics',
  ]);
  for (const href of await indexes.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect((await page.request.get(href!)).status(), href!).toBe(200);
  }

  await page.getByRole('searchbox', { name: 'Search the record' }).fill('encryption');
  await page.getByRole('searchbox', { name: 'Search the record' }).press('Enter');
  await expect(page).toHaveURL('/search/?q=encryption');
  await expectAnnounced(page, /^9 results for “encryption”/);
});
