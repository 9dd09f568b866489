/**
 * Whether a source's text holds a quote's words: each part of the quote (quote-parts.ts) is looked
 * for exactly, then with at most `FUZZY_MAX_ERROR_RATE` of its characters inserted, deleted or
 * changed (approx-string-match, Myers' bit-parallel algorithm, which Hypothesis uses to anchor
 * quotes), else it is not there. A quote is found exactly when every part is, fuzzily when every
 * part is found but one only fuzzily, and not found when any part is missing.
 */
import search from 'approx-string-match';

/** At most one character in ten may differ: a changed letter or mark, not a changed word in a short phrase. */
export const FUZZY_MAX_ERROR_RATE = 0.1;

export type MatchKind = 'exact' | 'fuzzy' | 'none';

export interface PartMatch {
  /** The part, normalised. */
  part: string;
  match: MatchKind;
  /** Edits between the part and the closest text (0 when exact; absent when not found). */
  errors?: number;
}

export interface QuoteMatch {
  match: MatchKind;
  parts: PartMatch[];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The part in the text as whole words: "we wil" is not in "we will". */
function includesWords(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + part.length] ?? ' ';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
  }
  return false;
}

function matchPart(part: string, text: string): PartMatch {
  if (includesWords(text, part)) return { part, match: 'exact', errors: 0 };
  const maxErrors = Math.floor(part.length * FUZZY_MAX_ERROR_RATE);
  if (maxErrors === 0) return { part, match: 'none' };
  // A match that starts or ends inside a word counts one more edit for each end.
  const inWord = (at: number) => WORD_CHARACTER.test(text[at - 1] ?? ' ') && WORD_CHARACTER.test(text[at] ?? ' ');
  const errors = Math.min(
    ...search(text, part, maxErrors).map(({ start, end, errors: edits }) => edits + +inWord(start) + +inWord(end)),
  );
  return errors <= maxErrors ? { part, match: 'fuzzy', errors } : { part, match: 'none' };
}

/** The quote's parts against one normalised text. */
export function matchParts(parts: readonly string[], text: string): QuoteMatch {
  const matched = parts.map((part) => matchPart(part, text));
  const match: MatchKind = matched.some((part) => part.match === 'none')
    ? 'none'
    : matched.some((part) => part.match === 'fuzzy')
      ? 'fuzzy'
      : 'exact';
  return { match: matched.length ? match : 'none', parts: matched };
}

const RANK: Record<MatchKind, number> = { exact: 0, fuzzy: 1, none: 2 };

/** Lower is better: the kind of match, then (among misses) how many parts are missing. */
function cost(found: QuoteMatch): number {
  return RANK[found.match] * 1e6 + found.parts.filter((part) => part.match === 'none').length;
}

/** The best match of the quote's parts in any of a source's texts (its article, its whole page). */
export function bestMatch(parts: readonly string[], texts: readonly string[]): QuoteMatch {
  let best: QuoteMatch | undefined;
  for (const text of texts) {
    const found = matchParts(parts, text);
    if (!best || cost(found) < cost(best)) best = found;
    if (best.match === 'exact') break;
  }
  return best ?? { match: 'none', parts: parts.map((part) => ({ part, match: 'none' })) };
}
