/**
 * Serving the built site as a host configured by docs/deployment.md would: every response gets the
 * headers public/_headers gives every path, and the guard records each request and each refusal
 * under the Content-Security-Policy, so a test can fail on either.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';

/** The headers public/_headers gives every path (its `/*` block). */
export async function documentedHeaders(): Promise<Record<string, string>> {
  const lines = (await readFile(new URL('../../../public/_headers', import.meta.url), 'utf8')).split('\n');
  const block = lines.slice(lines.indexOf('/*') + 1);
  const end = block.findIndex((line) => !/^\s+\S+:/.test(line));
  return Object.fromEntries(
    block.slice(0, end === -1 ? undefined : end).map((line) => {
      const [name, ...value] = line.trim().split(':');
      return [name!.toLowerCase(), value.join(':').trim()];
    }),
  );
}

export interface SiteGuard {
  /** Every URL the browser asked for. */
  requests: string[];
  /** Every refusal under the policy, from the console and from `securitypolicyviolation` events. */
  refusals: string[];
  /** The requests that left `origin` (blob: URLs are the page's own). */
  offsite(origin: string): string[];
}

/**
 * Serves every request of `context` as the server sent it, with `headers` added. A request the page
 * gave up on meanwhile (it navigated away), or one still in flight when the test ended, has no one
 * left to answer: that, and only that, is let go.
 */
export async function serveWithHeaders(context: BrowserContext, headers: Record<string, string>): Promise<void> {
  await context.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    } catch (error) {
      if (!/disposed|has been closed|already handled|test ended/i.test(String(error))) throw error;
    }
  });
}

export async function guardSite(context: BrowserContext, page: Page): Promise<SiteGuard> {
  await serveWithHeaders(context, await documentedHeaders());
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
  return {
    requests,
    refusals,
    offsite: (origin) => requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:')),
  };
}
