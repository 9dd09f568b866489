/**
 * "Cite this entry" in a browser: closed by default after the entry's content, its formats chosen
 * inside it, all without JavaScript; with it, under the documented Content-Security-Policy (which
 * the page's JSON-LD must not trip), each copy button copies its citation and says so.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { serveWithHeaders } from './support/site-guard.ts';

const PAGE = '/quotes/harper-thorny-policy-challenge/';

/** The Content-Security-Policy public/_headers gives every path. */
async function documentedPolicy(): Promise<string> {
  const text = await readFile(new URL('../../public/_headers', import.meta.url), 'utf8');
  return /Content-Security-Policy:\s*(.+)/.exec(text)![1]!.trim();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citations are there, closed, after the entry; a format is chosen inside; no copy buttons', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const cite = page.getByRole('region', { name: 'Cite this entry' });
    await expect(cite.locator('#cite-text-text')).toContainText(PAGE);
    await expect(cite.locator('#cite-bibtex-text')).toContainText('@misc{ept-quotes-harper-thorny-policy-challenge,');
    // Closed: the entry's own words come first, and the citations take one line until opened.
    await expect(cite.locator('details')).not.toHaveAttribute('open');
    await expect(cite.locator('#cite-text-text')).toBeHidden();
    const article = await page.locator('article').boundingBox();
    const summary = await cite.locator('summary').boundingBox();
    expect(summary!.y).toBeGreaterThan(article!.y + article!.height);
    expect(summary!.height).toBeLessThan(60);

    await cite.locator('summary').click();
    await expect(cite.locator('#cite-text-text')).toBeVisible();
    await expect(cite.locator('#cite-bibtex-text')).toBeHidden();
    await cite.getByRole('radio', { name: 'BibTeX' }).check();
    await expect(cite.locator('#cite-bibtex-text')).toBeVisible();
    await expect(cite.locator('#cite-text-text')).toBeHidden();
    await expect(cite.getByRole('button')).toHaveCount(0);
  });
});

test('each copy button copies its citation under the CSP, and says so', async ({ page, context, browserName }) => {
  expect(browserName).toBe('chromium');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const policy = await documentedPolicy();
  await serveWithHeaders(context, { 'content-security-policy': policy });
  const refusals: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Refused|Content.Security.Policy/i.test(message.text())) refusals.push(message.text());
  });

  await page.goto(PAGE);
  const cite = page.getByRole('region', { name: 'Cite this entry' });
  await cite.locator('summary').click();
  await cite.getByRole('radio', { name: 'BibTeX' }).check();
  // In the site's button style, not the browser's default.
  const copyBibtex = cite.getByRole('button', { name: 'Copy BibTeX' });
  await expect(copyBibtex).toHaveClass(/\bbutton\b/);
  expect(await copyBibtex.evaluate((button) => getComputedStyle(button).borderRadius)).toBe('4px');
  await copyBibtex.click();
  await expect(cite.getByRole('status')).toHaveText('BibTeX copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await cite.locator('#cite-bibtex-text').textContent());
  expect(copied).toContain('@misc{ept-quotes-harper-thorny-policy-challenge,');

  await cite.getByRole('radio', { name: 'CSL-JSON' }).check();
  await cite.getByRole('button', { name: 'Copy CSL-JSON' }).click();
  const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { id: string }[];
  expect(csl[0]!.id).toBe('ept-quotes-harper-thorny-policy-challenge');
  expect(refusals).toEqual([]);
});
