/**
 * Pages fit a phone: at 320 and 375 px no page is wider than the window — a wide table
 * scrolls inside its own captioned box instead, and long strings wrap — over every template:
 * home, map, timeline (and a narrowed one), an entry of each kind, every collection index, the
 * signatories, data, corrections, about and topics pages, search with results, and the 404 page.
 */
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/map/',
  '/timeline/',
  '/timeline/in/gb/',
  '/jurisdictions/gb/',
  '/positions/gb-2020-03-mixed/',
  '/quotes/harper-thorny-policy-challenge/',
  '/letters/open-net-letter-2019/',
  '/people/alex-harper/',
  '/organisations/open-net-coalition/',
  '/sources/courier-2019-06-29/',
  ...['letters', 'quotes', 'positions', 'people', 'organisations', 'jurisdictions', 'sources'].map((c) => `/${c}/`),
  '/letters/signatories/',
  '/data/',
  '/corrections/',
  '/about/',
  '/topics/',
  '/search/?q=encryption',
  '/no-such-page/',
];

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

    test('a wide table scrolls inside its captioned box, with a cue that it does', async ({ page }) => {
      await page.goto('/map/');
      const box = page.getByRole('region', { name: /Where each jurisdiction stands now/ });
      expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
      // The cue: a line saying so, and a shade drawn by the box's own background at the edge it continues past.
      await expect(page.locator('.scroll-hint').first()).toBeVisible();
      expect(await box.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(/radial-gradient/);
    });

    test('the home table shows each jurisdiction’s stance on screen beside its name', async ({ page }) => {
      await page.goto('/');
      const badge = page.getByRole('region', { name: /current position of each government body/ }).locator('.stance');
      const box = (await badge.first().boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    });
  });
}
