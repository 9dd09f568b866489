/**
 * The at-a-glance views in a browser, over the search fixture (tests/fixtures/search): each works
 * with JavaScript off — the timeline narrows by following links, the map's countries are links a
 * keyboard reaches — and each has no axe (WCAG 2.1 AA) violations in light and dark, at 375 and
 * 1280 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const VIEWS = [
  '/',
  '/timeline/',
  '/timeline/in/gb/',
  '/map/',
  '/letters/signatories/',
  '/jurisdictions/gb/',
  '/organisations/securechat/',
  '/people/alex-harper/',
  '/letters/open-net-letter-2019/',
];

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline lists entries by year and narrows by jurisdiction, kind and stance through links', async ({
    page,
  }) => {
    await page.goto('/timeline/');
    await expect(page.locator('h1')).toHaveText('Timeline');
    await expect(page.locator('.timeline h2').first()).toHaveText('2022');
    await page
      .getByRole('navigation', { name: 'Narrow the timeline' })
      .getByRole('link', { name: 'United Kingdom (6)' })
      .click();
    await expect(page).toHaveURL('/timeline/in/gb/');
    await page
      .getByRole('navigation', { name: 'Narrow the timeline' })
      .getByRole('link', { name: 'Quotes (3)' })
      .click();
    await expect(page).toHaveURL('/timeline/in/gb/quotes/');
    await page
      .getByRole('navigation', { name: 'Narrow the timeline' })
      .getByRole('link', { name: 'For mandated access (1)' })
      .click();
    await expect(page).toHaveURL('/timeline/in/gb/quotes/supports/');
    await expect(page.locator('.timeline li > a')).toHaveText([
      'Alex Harper: “We need lawful access to encrypted messages when a court orders it”',
    ]);
  });

  test('the map is drawn, and its countries are links a keyboard reaches', async ({ page }) => {
    await page.goto('/map/');
    const map = page.locator('svg.map-svg-world');
    await expect(map).toBeVisible();
    const netherlands = map.getByRole('link', { name: 'Netherlands: against mandated access' });
    await expect(netherlands).toHaveAttribute('href', '/jurisdictions/nl/');
    await netherlands.focus();
    await expect(netherlands).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/jurisdictions/nl/');
    await expect(page.locator('svg.stance-chart')).toBeVisible();
  });

  test('Europe enlarged: each country on record at least 16 × 16 CSS px at 1280 px, named on hover and focus', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/map/');
    const europe = page.locator('svg.map-svg-europe');
    const links = europe.getByRole('link');
    await expect(links).toHaveCount(2); // The fixture's European jurisdictions: the Netherlands and the UK.
    // What a pointer can hit: the link's outline and marker, measured as drawn (CSS px).
    const boxes = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const rects = [...anchor.querySelectorAll('path, circle')].map((shape) => shape.getBoundingClientRect());
        const width = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
        const height = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
        return { name: anchor.getAttribute('aria-label'), width, height };
      }),
    );
    for (const box of boxes) {
      expect(box.width, box.name!).toBeGreaterThanOrEqual(16);
      expect(box.height, box.name!).toBeGreaterThanOrEqual(16);
    }
    // One unit, one CSS px: the panel is drawn at its own width.
    expect((await europe.boundingBox())!.width).toBe(560);

    const netherlands = europe.getByRole('link', { name: 'Netherlands: against mandated access' });
    const name = netherlands.locator('.map-name');
    await expect(name).toBeHidden();
    await page.keyboard.press('Tab'); // Keyboard focus, so :focus-visible applies.
    await netherlands.focus();
    await expect(name).toBeVisible();
    await expect(name).toHaveText('Netherlands: against mandated access');
    // Hover the shape: the link's box also spans its (hidden) name in the band under the map.
    await europe.locator('a[data-code="GB"] path').hover();
    await expect(europe.locator('a[data-code="GB"] .map-name')).toBeVisible();
    await expect(netherlands).toHaveAttribute('href', '/jurisdictions/nl/');
  });

  test('the map’s table says the same in words', async ({ page }) => {
    await page.goto('/map/');
    const row = page.locator('table.current-stances tr', { hasText: 'United States' });
    await expect(row.locator('td').first()).toHaveText(/For mandated access/);
  });

  test('the signatory matrix and an organisation’s co-signatories are plain tables and lists', async ({ page }) => {
    await page.goto('/letters/signatories/');
    // A header row and SecureChat, the one signatory named on two letters: one letter ranks no one.
    await expect(page.getByRole('table', { name: /most frequent named signatories/ }).getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'What is counted' })).toBeVisible();
    await page.goto('/organisations/securechat/');
    await expect(page.getByRole('heading', { name: 'Letters signed: 2' })).toBeVisible();
    // Open Net Coalition signed one of its two letters with it: listed on the letter, not ranked here.
    await expect(page.getByRole('heading', { name: 'Signed most often with' })).toHaveCount(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${colorScheme}, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      for (const path of VIEWS) {
        test(`${path} has no axe violations`, async ({ page }) => {
          await page.goto(path);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}
