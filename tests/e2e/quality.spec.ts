/**
 * The built site's quality where search touches it: accessibility (axe) of the search page and
 * entry pages, valid HTML on every page, and search working under the Content-Security-Policy
 * documented in docs/deployment.md (public/_headers) with no request leaving the site.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { expectAnnounced, filterBox } from './support/search-page.ts';
import { documentedHeaders, guardSite } from './support/site-guard.ts';

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

test.describe('accessibility', () => {
  test('the search page, with results, a filter chosen and a name being found, has no axe violations', async ({
    page,
  }) => {
    await page.goto('/search/?q=encryption');
    await expectAnnounced(page, '9 results for “encryption”.');
    await filterBox(page, 'Kind', 'Quote').check();
    await expectAnnounced(page, /^4 results/);
    await page.locator('details.facet summary', { hasText: 'People and organisations' }).click();
    await page.getByLabel('Find a person or organisation').fill('har');
    await expect(page.locator('[data-facet="actor"] .facet-find-hint')).toHaveText('1 name matches “har”.');
    expect(await axeViolations(page)).toEqual([]);
  });

  // Every template a reader meets first, in light and dark, on a phone and a laptop.
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test.describe(`${scheme}, ${width} px`, () => {
        test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
        for (const path of [
          '/',
          '/quotes/harper-thorny-policy-challenge/?highlight=thorny',
          '/letters/open-net-letter-2019/',
          '/people/alex-harper/',
          '/positions/gb-2020-03-mixed/',
          // The 404 page, as a host serves it for a missing address.
          '/no/such/page/',
          '/map/',
          '/jurisdictions/gb/',
          '/letters/signatories/',
        ]) {
          test(`${path} has no axe violations`, async ({ page }) => {
            await page.goto(path);
            if (path.includes('highlight')) await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
            expect(await axeViolations(page)).toEqual([]);
          });
        }
      });
    }
  }
});

test('every page of the built site is valid HTML', async ({ request }) => {
  // Entry titles carry a quote's first words, so the SEO rule on title length does not apply.
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const problems: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const report = await validator.validateString(html, path);
    for (const message of report.results.flatMap((result) => result.messages))
      problems.push(`${path}:${message.line}: ${message.ruleId}: ${message.message}`);
    for (const [, href] of html.matchAll(/href="(\/[^"#?]*)"/g)) {
      if (href!.endsWith('/') && !seen.has(href!)) {
        seen.add(href!);
        queue.push(href!);
      }
    }
  }
  expect(problems).toEqual([]);
  // The home page reaches every collection, entry and the search page.
  expect(seen.size).toBeGreaterThanOrEqual(26 + 7 + 2);
});

test('search works under the documented Content-Security-Policy, with no request leaving the site', async ({
  page,
  context,
  baseURL,
}) => {
  expect((await documentedHeaders())['content-security-policy']).toContain("'wasm-unsafe-eval'");
  const { requests, refusals, offsite } = await guardSite(context, page);

  await page.goto('/search/?q=encryption&sort=newest');
  await expectAnnounced(page, '9 results for “encryption”, newest first, then 1 undated.');
  await page.locator('.search-result-title a').first().click();
  await expect(page).toHaveURL('/letters/securechat-letter-2022/?highlight=encryption');
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/encryption/i);

  expect(refusals).toEqual([]);
  expect(offsite(new URL(baseURL!).origin)).toEqual([]);
  expect(requests.some((url) => url.endsWith('.pagefind') || url.includes('/pagefind/wasm'))).toBe(true);
});

// One page of each kind, as a host sends it with the documented headers: nothing is refused and
// nothing is asked of another origin (no font, script, image or icon from elsewhere).
const PAGE_OF_EACH_KIND = [
  '/',
  '/about/',
  '/corrections/',
  '/letters/',
  '/letters/open-net-letter-2019/',
  '/quotes/harper-thorny-policy-challenge/?highlight=thorny',
  '/positions/gb-2020-03-mixed/',
  '/people/alex-harper/',
  '/organisations/open-net-coalition/',
  '/jurisdictions/gb/',
  '/sources/courier-2019-06-29/',
  '/timeline/',
  '/map/',
  '/letters/signatories/',
  '/data/',
  '/no/such/page/',
];

test('every kind of page loads under the documented policy, with nothing refused and nothing from another origin', async ({
  page,
  context,
  baseURL,
}) => {
  const guard = await guardSite(context, page);
  const failed: string[] = [];
  page.on('response', (response) => {
    // The missing page is meant to be missing; nothing it or any other page asks for may be.
    if (response.status() >= 400 && !response.url().endsWith('/no/such/page/')) failed.push(response.url());
  });
  for (const path of PAGE_OF_EACH_KIND) {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(path === '/no/such/page/' ? 404 : 200);
  }
  expect(guard.refusals).toEqual([]);
  expect(guard.offsite(new URL(baseURL!).origin)).toEqual([]);
  expect(failed).toEqual([]);
  // The icon is asked for, and found: no page logs a 404 for /favicon.ico.
  expect(guard.requests.some((url) => /\/favicon\.(svg|png)$/.test(url))).toBe(true);
});

// GitHub Pages sends no headers: the page's own <meta> policy must hold there (src/lib/security-policy.ts).
test('a page served without headers still refuses an inline script, under the policy its <meta> carries', async ({
  page,
}) => {
  const response = await page.goto('/letters/open-net-letter-2019/');
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  const refused = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'document.documentElement.dataset.injected = "ran"';
        document.head.append(script);
        setTimeout(() => resolve('nothing refused'), 2_000);
      }),
  );
  expect(refused).toBe('script-src-elem');
  expect(await page.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
});
