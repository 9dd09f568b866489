/** Without JavaScript: the search page says so and offers the index pages; the header box still submits. */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

const INDEX_PAGES = [
  '/letters/',
  '/quotes/',
  '/positions/',
  '/people/',
  '/organisations/',
  '/jurisdictions/',
  '/sources/',
  '/topics/',
];

test('the search page says search needs JavaScript and links to every index page', async ({ page }) => {
  await page.goto('/search/?q=encryption');
  // Playwright's text selectors skip <noscript>, so the message is found by CSS.
  const message = page.locator('noscript .search-unavailable');
  await expect(message).toBeVisible();
  await expect(message).toContainText('Search runs in your browser and needs JavaScript');
  await expect(page.locator('#search-input')).toBeHidden();
  const links = message.locator('.browse-links a');
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(INDEX_PAGES);
  await links.nth(1).click();
  await expect(page).toHaveURL('/quotes/');
  await expect(page.locator('main a[href="/quotes/harper-thorny-policy-challenge/"]')).toBeVisible();
});

test('the header search box is a plain form that takes its words to the search page', async ({ page }) => {
  await page.goto('/people/alex-harper/');
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the tracker' });
  await box.fill('back door');
  await box.press('Enter');
  await expect(page).toHaveURL('/search/?q=back+door');
  await expect(page.locator('noscript .search-unavailable')).toContainText('needs JavaScript');
});
