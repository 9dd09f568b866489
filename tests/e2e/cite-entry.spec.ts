/**
 * "Cite this entry" in a browser: the citations are on the page without JavaScript; with it, under
 * the documented Content-Security-Policy (which the page's JSON-LD must not trip), each copy button
 * copies its citation and says so.
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

  test('the citations are there and the copy buttons are not', async ({ page }) => {
    await page.goto(PAGE);
    const cite = page.getByRole('region', { name: 'Cite this entry' });
    await expect(cite.locator('#cite-text-text')).toContainText(PAGE);
    await expect(cite.locator('#cite-bibtex-text')).toContainText('@misc{ept-quotes-harper-thorny-policy-challenge,');
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
  await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(cite.getByRole('status')).toHaveText('BibTeX copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await cite.locator('#cite-bibtex-text').textContent());
  expect(copied).toContain('@misc{ept-quotes-harper-thorny-policy-challenge,');

  await cite.getByRole('button', { name: 'Copy CSL-JSON' }).click();
  const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { id: string }[];
  expect(csl[0]!.id).toBe('ept-quotes-harper-thorny-policy-challenge');
  expect(refusals).toEqual([]);
});
