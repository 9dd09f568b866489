/**
 * What a page, the share metadata and the JSON-LD say about a quote's language: the language of its
 * words, its English translation and who made it, or that its words are only known in translation.
 * Read once from the quote's checked fields, so every output words it alike.
 */
import type { EntryGraph, GraphEntry } from './graph.ts';
import { isEnglish, languageName } from './languages.ts';
import type { Quote } from './schemas.ts';
import { SITE_NAME } from './site.ts';

export interface Translator {
  /** Who translated, as a reader reads it: a publisher, or this project. */
  name: string;
  /** The source entry whose publisher made it, when there is one. */
  source?: GraphEntry<'sources'>;
  /** This project's own translation. */
  project: boolean;
}

export type QuoteLanguage =
  /** Words said in English. */
  | { kind: 'english' }
  /** The original words in `lang`, with an English translation. */
  | { kind: 'original'; lang: string; languageName: string; translation: string; translator: Translator }
  /** Only an English translation is known: from `from`, by `translator`. */
  | { kind: 'translated'; from: string; languageName: string; translator: Translator };

/** Who `by` names: the quote's first cited source, this project, or the source entry with that id. */
function translatorOf(graph: EntryGraph, quote: Quote, by: string): Translator {
  if (by === 'project') return { name: `the ${SITE_NAME}`, project: true };
  const source = graph.get('sources', by === 'source' ? quote.sources[0]! : by);
  // The check refuses a `by` that names no source, so this is a pipeline bug, not a record one.
  if (!source) throw new Error(`translation by "${by}": no such source`);
  return { name: source.data.publisher, source, project: false };
}

export function quoteLanguage(graph: EntryGraph, quote: Quote): QuoteLanguage {
  if (quote.translation && !isEnglish(quote.lang))
    return {
      kind: 'original',
      lang: quote.lang!,
      languageName: languageName(quote.lang!),
      translation: quote.translation.text,
      translator: translatorOf(graph, quote, quote.translation.by),
    };
  if (quote.translated_from && quote.translated_by)
    return {
      kind: 'translated',
      from: quote.translated_from,
      languageName: languageName(quote.translated_from),
      translator: translatorOf(graph, quote, quote.translated_by),
    };
  return { kind: 'english' };
}

/** The words in quotation marks, then their translation or that they are one: for descriptions and feeds. */
export function quotedWithLanguage(graph: EntryGraph, quote: Quote): string {
  const language = quoteLanguage(graph, quote);
  if (language.kind === 'original') return `“${quote.text}” (in English: “${language.translation}”)`;
  if (language.kind === 'translated') return `“${quote.text}” (translated from ${language.languageName})`;
  return `“${quote.text}”`;
}
