/**
 * A quote as the runs of words a source must hold: it is split where an editor left words out
 * (`…`, `...`, `[…]`) or put their own in (`[sic]`, `[the government]`), since neither is the
 * speaker's. Each part is normalised (normalise.ts) and trimmed of the punctuation at its ends, which
 * a publisher may set differently around the same words.
 */
import { normaliseForMatch } from './normalise.ts';

/** An editorial ellipsis, or anything in square brackets. */
const EDITORIAL = /\[[^\]]*\]|\u2026|\.{3,}/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function quoteParts(quote: string): string[] {
  return quote
    .split(EDITORIAL)
    .map((part) => normaliseForMatch(part).replace(EDGE_PUNCTUATION, ''))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}
