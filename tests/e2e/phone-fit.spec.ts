/**
 * Pages fit a phone (issue 20): at 320 and 375 px no page is wider than the window — a wide table
 * scrolls inside its own captioned box instead — over the templates this check has been brought to.
 */
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/map/', '/about/', '/quotes/harper-thorny-policy-challenge/'];

for (const width of [320, 375]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const path of PAGES) {
      test(`${path} is no wider than the window`, async ({ page }) => {
        await page.goto(path);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      });
    }

    test('a wide table scrolls inside its box, with a cue at the edge it continues past', async ({ page }) => {
      await page.goto('/map/');
      const box = page.locator('.table-scroll').first();
      await expect(box).toHaveAccessibleName(/Where each jurisdiction stands now/);
      const overflows = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
      if (overflows) {
        // The cue: a shade drawn by the box's own (scrolling) background, CSS alone.
        expect(await box.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(/gradient/);
      }
    });
  });
}
