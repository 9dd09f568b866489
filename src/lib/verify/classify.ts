/**
 * What a fetch says about a source, before its words are looked for: readable, blocked (the site
 * refuses a robot: 401, 402, 403, 429, 451 or a bot check; never evidence the page is gone), gone
 * (404, 410, no such host, nothing listening, a redirect to the site's front page, or a "not found"
 * page served with 200), or an error that says nothing either way (a timeout, a 5xx, too large).
 * Only "gone" counts towards calling a source dead, and only on different days (verify-state.ts).
 */
import type { Fetched } from './polite-fetch.ts';

export type FetchVerdict = 'readable' | 'blocked' | 'gone' | 'error';

interface Classified {
  verdict: FetchVerdict;
  /** Why, in a few words, for the report. */
  reason: string;
}

const BLOCKED_STATUSES = new Set([401, 402, 403, 429, 451]);
const GONE_STATUSES = new Set([404, 410]);
const GONE_ERRORS: Record<string, string> = {
  ENOTFOUND: 'no such host',
  EAI_NONAME: 'no such host',
  ECONNREFUSED: 'nothing answers at the address',
};

/** Words in a page's title or first heading that mean the page is not there. */
const NOT_FOUND =
  /\b(?:404|not found|page (?:does not|doesn['’]t) exist|(?:can['’]t|cannot|could not|couldn['’]t) be found|no longer available|page (?:is )?missing|seite nicht gefunden|page introuvable|pagina no encontrada|pagina non trovata|pagina niet gevonden)\b/i;

/** How the usual bot checks (Cloudflare, DataDome, PerimeterX, Akamai, Incapsula) title their pages. */
const CHALLENGE =
  /^(?:just a moment\.*|attention required!? \| cloudflare|access denied|are you a robot\??|please verify you are a human|security check|checking your browser|human verification|pardon our interruption|request unsuccessful\. incapsula)/i;

/** A redirect target that is the site's front page (`/`, `/index.html`, `/en/`, `/home`). */
export function isFrontPage(url: string): boolean {
  const { pathname, search } = new URL(url);
  return !search && /^\/(?:index\.\w+|home\/?|[a-z]{2}(?:[-_][a-z]{2})?\/?)?$/i.test(pathname);
}

/** The answer's status and any network failure, before its body is read. */
export function classifyFetch(fetched: Fetched): Classified | undefined {
  if (fetched.error && fetched.status === undefined) {
    const gone = GONE_ERRORS[fetched.error];
    return gone ? { verdict: 'gone', reason: gone } : { verdict: 'error', reason: fetched.error };
  }
  const status = fetched.status!;
  if (fetched.headers?.get('cf-mitigated') === 'challenge') return { verdict: 'blocked', reason: 'a bot check' };
  if (BLOCKED_STATUSES.has(status)) return { verdict: 'blocked', reason: `HTTP ${status}` };
  if (GONE_STATUSES.has(status)) return { verdict: 'gone', reason: `HTTP ${status}` };
  if (status >= 300) return { verdict: 'error', reason: `HTTP ${status}` };
  if (fetched.error) return { verdict: 'error', reason: fetched.error };
  if (fetched.finalUrl !== fetched.url && isFrontPage(fetched.finalUrl) && !isFrontPage(fetched.url)) {
    return { verdict: 'gone', reason: `redirected to the front page, ${fetched.finalUrl}` };
  }
  return undefined;
}

/** A 200 answer's page: a bot check, or a "not found" page served as if it were the page. */
export function classifyPage(title: string, heading: string): Classified | undefined {
  if (CHALLENGE.test(title.trim()) || CHALLENGE.test(heading.trim())) {
    return { verdict: 'blocked', reason: 'a bot check' };
  }
  if (NOT_FOUND.test(title) || NOT_FOUND.test(heading)) {
    return { verdict: 'gone', reason: 'a "not found" page served with 200' };
  }
  return undefined;
}
