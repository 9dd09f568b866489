/**
 * Fetches one address and reads it as text, saying what happened: readable (with its text), or
 * blocked, gone or an error, and why (classify.ts). The attempt is kept for the report's "what was tried".
 */
import { classifyFetch, classifyPage, type FetchVerdict } from './classify.ts';
import { documentKind, type PageText, readPageText } from './page-text.ts';
import type { Exchange, PoliteClient } from './polite-fetch.ts';

export interface Attempt {
  /** The source's own address, or its archived copy. */
  copy: 'live' | 'archive';
  /** The address fetched (after `--map`). */
  url: string;
  verdict: FetchVerdict;
  reason: string;
  exchanges: Exchange[];
}

interface ReadDocument {
  attempt: Attempt;
  page?: PageText;
}

export async function readDocument(client: PoliteClient, copy: Attempt['copy'], url: string): Promise<ReadDocument> {
  const fetched = await client.get(url);
  const base = { copy, url, exchanges: fetched.exchanges };
  const refused = classifyFetch(fetched);
  if (refused) return { attempt: { ...base, ...refused } };
  const body = fetched.body!;
  const kind = documentKind(fetched.contentType, body);
  if (!kind) return { attempt: { ...base, verdict: 'error', reason: `cannot read ${fetched.contentType}` } };
  let page: PageText;
  try {
    page = await readPageText(kind, body, fetched.contentType, fetched.finalUrl);
  } catch (error) {
    return { attempt: { ...base, verdict: 'error', reason: `unreadable ${kind}: ${(error as Error).message}` } };
  }
  const shown = classifyPage(page.title, page.heading);
  if (shown) return { attempt: { ...base, ...shown } };
  return { attempt: { ...base, verdict: 'readable', reason: `read as ${kind}` }, page };
}
