/**
 * What `npm run verify` checks, from the entries the content check read (never re-read from the
 * files): every source, each with the quotes that cite it. `--only` narrows it to some sources and
 * quotes: a source id keeps that source and all its quotes, a quote id keeps that quote and its sources.
 */
import type { CheckedEntry } from '../check/index.ts';
import type { Quote, Source } from '../schemas.ts';

interface QuoteToVerify {
  id: string;
  text: string;
}

export interface SourceToVerify {
  id: string;
  data: Source;
  quotes: QuoteToVerify[];
}

export function sourcesToVerify(entries: readonly CheckedEntry[], only: readonly string[] = []): SourceToVerify[] {
  const sources = new Map<string, SourceToVerify>();
  for (const entry of entries) {
    if (entry.collection === 'sources') sources.set(entry.id, { id: entry.id, data: entry.data as Source, quotes: [] });
  }
  const quotes = entries.filter((entry) => entry.collection === 'quotes');
  const known = new Set([...sources.keys(), ...quotes.map((quote) => quote.id)]);
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`--only: no source or quote has the id ${unknown.join(', ')}`);
  const wanted = new Set(only);
  for (const quote of quotes) {
    const data = quote.data as Quote;
    for (const sourceId of data.sources) {
      const source = sources.get(sourceId)!;
      if (!only.length || wanted.has(quote.id) || wanted.has(sourceId))
        source.quotes.push({ id: quote.id, text: data.text });
    }
  }
  return [...sources.values()]
    .filter((source) => !only.length || wanted.has(source.id) || source.quotes.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
