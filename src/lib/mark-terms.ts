/**
 * Marks where a query matches a quote's words, for showing the full quote in a search result
 * (Pagefind marks its own excerpts, but a quote is shown whole). An approximation of Pagefind's
 * matching, for display only: a query word matches the words that begin with it or with its stem
 * ("encryption" marks "encrypted"); a quoted query marks the exact phrase.
 */
import { isPhrase, pagefindTerm } from './search-query.ts';

interface TextRun {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const SUFFIXES = ['ations', 'ation', 'ions', 'ion', 'ies', 'ing', 'ers', 'ed', 'er', 'es', 's', 'ly', 'y'];
const MIN_STEM = 4;

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** A crude stem: the word without one common English ending, if enough of it is left. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  const suffix = SUFFIXES.find((ending) => lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM);
  return suffix ? lower.slice(0, -suffix.length) : lower;
}

function runs(text: string, spans: [number, number][]): TextRun[] {
  const result: TextRun[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) result.push({ text: text.slice(at, start), match: false });
    result.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) result.push({ text: text.slice(at), match: false });
  return result;
}

/** The text as runs, with `match: true` on the parts the query matches. */
export function markTerms(text: string, q: string): TextRun[] {
  const term = pagefindTerm(q);
  if (term === null) return [{ text, match: false }];
  const textWords = words(text);
  const queryWords = words(term).map(({ word }) => word);
  if (!queryWords.length) return [{ text, match: false }];

  if (isPhrase(term)) {
    const spans: [number, number][] = [];
    for (let i = 0; i + queryWords.length <= textWords.length; i += 1) {
      if (queryWords.every((word, j) => textWords[i + j]!.word === word)) {
        spans.push([textWords[i]!.start, textWords[i + queryWords.length - 1]!.end]);
        i += queryWords.length - 1;
      }
    }
    return runs(text, spans);
  }

  const prefixes = queryWords.map(stem);
  const spans = textWords
    .filter(({ word }) => prefixes.some((prefix) => word.startsWith(prefix)))
    .map(({ start, end }) => [start, end] as [number, number]);
  return runs(text, spans);
}
