/**
 * Where a build's rendering time goes by kind of page, read from the log line Astro writes for each
 * page it renders (`├─ /quotes/some-id/index.html (+12ms)`). Astro renders several pages at once
 * (`build.concurrency`), so a page's time is from its start to its end, waiting on the others
 * included: the sums add up to more than the phase's wall time, and each kind's share of them is
 * the share to read.
 */
import { COLLECTIONS } from '../../src/lib/collections.ts';

export interface PageKindTime {
  kind: string;
  pages: number;
  /** The pages' own times added up; pages logged without a time count 0. */
  ms: number;
}

const ACTORS = new Set(['people', 'organisations']);
const COLLECTION_NAMES = new Set<string>(COLLECTIONS);

/** The kind of page a built path is, in the terms of issue 24's profile. */
export function pageKind(route: string): string {
  const parts = route
    .replace(/\/index\.html$|\/$/, '')
    .split('/')
    .filter(Boolean);
  const [first, second] = parts;
  if (first === undefined) return 'other pages';
  if (first === 'timeline') {
    if (second === 'in') return 'timeline by jurisdiction';
    if (second === 'by') return 'timeline by actor';
    return 'timeline, whole and by kind and stance';
  }
  if (first === 'feeds') return 'feeds';
  if (first === 'data') return 'open data';
  if (first === 'search') return 'search page and its values';
  if (COLLECTION_NAMES.has(first)) {
    if (parts.length === 1 || second === 'page') return 'collection lists';
    if (parts.length === 2 && !(first === 'letters' && second === 'signatories')) {
      return ACTORS.has(first) ? 'actor pages (people, organisations)' : `entry pages: ${first}`;
    }
  }
  return 'other pages';
}

/**
 * Astro's per-page lines. The first few of a route may run together on one line
 * (`├─ /404.html15:18:18   ├─ /about/index.html`), so the whole text is scanned and a path ends
 * where the next line's clock starts.
 */
const PAGE_LINE = /[├└]─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)(?: \(\+([\d.]+)(ms|s)\))?/g;

/** Every page of a build's output, summed by kind, the most costly first. */
export function pageKindTimes(output: string): PageKindTime[] {
  const byKind = new Map<string, PageKindTime>();
  for (const match of output.matchAll(PAGE_LINE)) {
    const kind = pageKind(match[1]!);
    const ms = match[2] === undefined ? 0 : Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const entry = byKind.get(kind) ?? { kind, pages: 0, ms: 0 };
    entry.pages++;
    entry.ms += ms;
    byKind.set(kind, entry);
  }
  return [...byKind.values()].sort((a, b) => b.ms - a.ms);
}
