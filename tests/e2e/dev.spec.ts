/** Under `astro dev` there is no index (the build writes it): the search page says so plainly. */
import { expect, test } from '@playwright/test';

test('the search page says search needs a build, and links to the index pages', async ({ page }) => {
  await page.goto('/search/?q=encryption');
  await expect(page.getByText('Search needs a build')).toBeVisible();
  await expect(page.getByText('npm run build && npm run preview')).toBeVisible();
  await expect(page.locator('#search-input')).toBeHidden();
  await expect(page.locator('[data-search-unavailable] .browse-links a')).toHaveCount(8);
});
