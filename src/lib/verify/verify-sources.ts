/**
 * The check itself: each source is read at its own address and, when that fails or a quote's words
 * are not there, at its archived copy; each quote that cites it is looked for in what was read; the
 * source gets a state:
 *
 * - ok: read, and every quote's words are there;
 * - changed: read, but some quote's words are not (the archived copy says whether they ever were);
 * - dead: gone (verify-state.ts) on at least DEAD_AFTER_DAYS different days;
 * - failing: gone, but not yet on enough different days to be called dead;
 * - blocked: the site refuses a robot, which says nothing about the page;
 * - error: a timeout, a 5xx, a file too large or unreadable: nothing either way.
 */
import { archivedPageUrl, archiveLink } from '../archive-link.ts';
import { bestMatch, type MatchKind, type PartMatch, type QuoteMatch } from './match-quote.ts';
import type { PoliteClient } from './polite-fetch.ts';
import { quoteParts } from './quote-parts.ts';
import { type Attempt, readDocument } from './read-document.ts';
import type { SourceToVerify } from './sources-to-verify.ts';
import { mapUrl, type UrlMap } from './url-map.ts';
import { DEAD_AFTER_DAYS, isDead, recordGone, recordRead, type VerifyState } from './verify-state.ts';

export const SOURCE_STATES = ['dead', 'changed', 'failing', 'blocked', 'error', 'ok'] as const;
export type SourceState = (typeof SOURCE_STATES)[number];

/** A quote's words in one copy: matched (exactly, fuzzily, not at all), or the copy was not read. */
export type CopyMatch = MatchKind | 'unread';

interface QuoteResult {
  id: string;
  /** In the source as it is now, and in its archived copy (`unread` when it was not tried or failed). */
  live: CopyMatch;
  archive: CopyMatch;
  /** The parts of the quote and how each matched: in the source as it is now when it was read, else in the archived copy. */
  parts: PartMatch[];
}

export interface SourceResult {
  id: string;
  url: string;
  archive: string;
  state: SourceState;
  reason: string;
  /** The days the source's address was gone, from the state file. */
  goneOn: string[];
  tried: Attempt[];
  quotes: QuoteResult[];
}

interface VerifyContext {
  client: PoliteClient;
  state: VerifyState;
  maps: readonly UrlMap[];
  /** Today, YYYY-MM-DD: the day a failure is recorded on. */
  today: string;
  deadAfterDays?: number;
  /** Sources read at once (each host still gets one request at a time). */
  concurrency?: number;
}

const found = (match: CopyMatch) => match === 'exact' || match === 'fuzzy';

async function verifySource(source: SourceToVerify, context: VerifyContext): Promise<SourceResult> {
  const { client, state, maps, today } = context;
  const archive = archiveLink(source.data);
  const parts = source.quotes.map((quote) => quoteParts(quote.text));
  const tried: Attempt[] = [];

  const live = await readDocument(client, 'live', mapUrl(source.data.url, maps));
  tried.push(live.attempt);
  const liveMatches = live.page ? parts.map((words) => bestMatch(words, live.page!.texts)) : undefined;

  // The archived copy: when the source could not be read, or some quote's words are not in it.
  let archiveMatches: QuoteMatch[] | undefined;
  if (!liveMatches || liveMatches.some((match) => match.match === 'none')) {
    const copy = await readDocument(client, 'archive', mapUrl(archivedPageUrl(archive.url), maps));
    tried.push(copy.attempt);
    if (copy.page) archiveMatches = parts.map((words) => bestMatch(words, copy.page!.texts));
  }

  const quotes = source.quotes.map((quote, index): QuoteResult => {
    const inLive = liveMatches?.[index];
    const inArchive = archiveMatches?.[index];
    const shown = inLive ?? inArchive;
    return {
      id: quote.id,
      live: inLive?.match ?? 'unread',
      archive: inArchive?.match ?? 'unread',
      parts: shown?.parts ?? parts[index]!.map((part) => ({ part, match: 'none' as const })),
    };
  });

  const base = { id: source.id, url: source.data.url, archive: archive.url, tried, quotes };
  if (liveMatches) {
    recordRead(state, source.data.url, today);
    const missing = quotes.filter((quote) => !found(quote.live)).length;
    return missing
      ? { ...base, state: 'changed', reason: `words not found for ${missing} of ${quotes.length} quotes`, goneOn: [] }
      : { ...base, state: 'ok', reason: live.attempt.reason, goneOn: [] };
  }
  const { verdict, reason } = live.attempt;
  if (verdict === 'gone') {
    const goneOn = recordGone(state, source.data.url, today);
    const deadAfter = context.deadAfterDays ?? DEAD_AFTER_DAYS;
    return isDead(goneOn, deadAfter)
      ? { ...base, state: 'dead', reason: `${reason}; gone on ${goneOn.join(', ')}`, goneOn }
      : {
          ...base,
          state: 'failing',
          reason: `${reason}; gone on ${goneOn.length} of the ${deadAfter} different days that make it dead`,
          goneOn,
        };
  }
  return {
    ...base,
    state: verdict === 'blocked' ? 'blocked' : 'error',
    reason,
    goneOn: state.urls[source.data.url]?.goneOn ?? [],
  };
}

/** Every source, `concurrency` at a time; results in the order given. */
export async function verifySources(
  sources: readonly SourceToVerify[],
  context: VerifyContext,
): Promise<SourceResult[]> {
  const results: SourceResult[] = new Array(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      results[index] = await verifySource(sources[index]!, context);
    }
  };
  await Promise.all(Array.from({ length: Math.min(context.concurrency ?? 6, sources.length) }, worker));
  return results;
}
