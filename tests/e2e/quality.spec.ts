/**
 * The built site's quality where search touches it: accessibility (axe) of the search page and
 * entry pages, valid HTML on every page, and search working under the Content-Security-Policy
 * documented in docs/deployment.md (public/_headers) with no request leaving the site.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { expectAnnounced, filterBox } from './support/search-page.ts';

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

  for (const path of [
    '/',
    '/quotes/harper-thorny-policy-challenge/?highlight=thorny',
    '/letters/open-net-letter-2019/',
    '/people/alex-harper/',
    '/positions/gb-2020-03-mixed/',
  ]) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      if (path.includes('highlight')) await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
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

/** The headers public/_headers gives every path. */
async function documentedHeaders(): Promise<Record<string, string>> {
  const text = await readFile(new URL('../../public/_headers', import.meta.url), 'utf8');
  const block = text.split('\n').slice(text.split('\n').indexOf('/*') + 1);
  return Object.fromEntries(
    block
      .filter((line) => /^\s+\S+:/.test(line))
      .map((line) => {
        const [name, ...value] = line.trim().split(':');
        return [name!.toLowerCase(), value.join(':').trim()];
      }),
  );
}

test('search works under the documented Content-Security-Policy, with no request leaving the site', async ({
  page,
  context,
  baseURL,
}) => {
  const headers = await documentedHeaders();
  expect(headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await page.goto('/search/?q=encryption&sort=newest');
  await expectAnnounced(page, '9 results for “encryption”, newest first, then 1 undated.');
  await page.locator('.search-result-title a').first().click();
  await expect(page).toHaveURL('/letters/securechat-letter-2022/?highlight=encryption');
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/encryption/i);

  expect(refusals).toEqual([]);
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:'))).toEqual([]);
  expect(requests.some((url) => url.endsWith('.pagefind') || url.includes('/pagefind/wasm'))).toBe(true);
});
