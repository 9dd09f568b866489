/**
 * "Cite this entry": an entry as a plain-text citation, BibTeX and CSL-JSON. The site is the
 * publisher, the date is when the entry's file last changed (from git; left out when unknown), and
 * the date accessed is a placeholder for the reader to fill in. A quote also cites its source, and
 * its CSL item gives the language of its words (`language`), which its title quotes.
 */
import { bibtexEntry, bibtexEscape, bibtexNames, bibtexUrl } from './bibtex.ts';
import { partialDate, type PartialDate, formatPartialDate } from './dates.ts';
import type { Source } from './schemas.ts';

/** What the reader replaces with the day they read the entry. */
export const ACCESSED_PLACEHOLDER = 'YYYY-MM-DD';

interface CitationInput {
  siteName: string;
  /** The entry's title as its page shows it. */
  title: string;
  url: string;
  /** `<collection>-<id>`-style key, unique on the site. */
  key: string;
  /** When the entry last changed (`YYYY-MM-DD`), when known. */
  updated?: string;
  /** For a quote: the source it is quoted from. */
  source?: Source & { key: string };
  /** For a quote: the BCP 47 tag of the language its words are given in. */
  language?: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  /** CSL-JSON: an array of items, as citation managers import it. */
  csl: string;
}

function dateParts(date: PartialDate): number[] {
  return [date.year, ...(date.month ? [date.month] : []), ...(date.day ? [date.day] : [])];
}

/** A CSL item type for each kind of source. */
const CSL_SOURCE_TYPES: Record<Source['type'], string> = {
  news: 'article-newspaper',
  letter: 'personal_communication',
  'press-release': 'webpage',
  transcript: 'speech',
  report: 'report',
  legislation: 'legislation',
  statement: 'webpage',
  other: 'webpage',
};

export function citation({ siteName, title, url, key, updated, source, language }: CitationInput): Citation {
  const date = updated ? partialDate(updated) : undefined;
  const published = source ? partialDate(source.published) : undefined;

  // Commas between the parts, so a title ending in punctuation never meets a full stop; quotation
  // marks inside a title become single ones, inside the double ones around it.
  const quoted = (words: string) => `“${words.replace(/“/g, '‘').replace(/”/g, '’')}”`;
  const sourceText =
    source &&
    ` Quoted from: ${[...(source.authors?.length ? [source.authors.join(', ')] : []), quoted(source.title), source.publisher, formatPartialDate(published!), source.url].join(', ')}.`;
  const text =
    `${[siteName, quoted(title), date ? `last updated ${formatPartialDate(date)}` : 'undated', url].join(', ')} (accessed ${ACCESSED_PLACEHOLDER}).` +
    (sourceText ?? '');

  const bibtex = [
    bibtexEntry('misc', key, [
      ['title', `{${bibtexEscape(title)}}`],
      ['author', `{${bibtexEscape(siteName)}}`],
      ['publisher', bibtexEscape(siteName)],
      ['year', date ? String(date.year) : undefined],
      ['date', updated],
      ['url', bibtexUrl(url)],
      ['urldate', ACCESSED_PLACEHOLDER],
      ['note', source ? `Quoted from \\cite{${source.key}}` : undefined],
    ]),
    ...(source
      ? [
          bibtexEntry('misc', source.key, [
            ['title', `{${bibtexEscape(source.title)}}`],
            ['author', source.authors?.length ? bibtexNames(source.authors) : undefined],
            ['publisher', bibtexEscape(source.publisher)],
            ['year', String(published!.year)],
            ['date', source.published],
            ['url', bibtexUrl(source.url)],
          ]),
        ]
      : []),
  ].join('\n\n');

  const items: Record<string, unknown>[] = [
    {
      id: key,
      type: 'webpage',
      title,
      'container-title': siteName,
      publisher: siteName,
      author: [{ literal: siteName }],
      URL: url,
      ...(date ? { issued: { 'date-parts': [dateParts(date)] } } : {}),
      accessed: { raw: ACCESSED_PLACEHOLDER },
      ...(language ? { language } : {}),
    },
  ];
  if (source) {
    items.push({
      id: source.key,
      type: CSL_SOURCE_TYPES[source.type],
      title: source.title,
      ...(source.authors?.length ? { author: source.authors.map((literal) => ({ literal })) } : {}),
      publisher: source.publisher,
      ...(source.type === 'news' ? { 'container-title': source.publisher } : {}),
      URL: source.url,
      issued: { 'date-parts': [dateParts(published!)] },
    });
  }
  return { text, bibtex, csl: JSON.stringify(items, null, 2) };
}

/** How to cite the whole record (the open data), as of the build that made the files. */
export function recordCitation(siteName: string, url: string, built: string): { text: string; bibtex: string } {
  const day = built.slice(0, 10);
  const date = partialDate(day);
  return {
    text: `${siteName}. Open data, version of ${formatPartialDate(date)}. ${url} (accessed ${ACCESSED_PLACEHOLDER}). Licensed CC BY 4.0.`,
    bibtex: bibtexEntry('misc', 'ept-record', [
      ['title', `{${bibtexEscape(siteName)}}: open data`],
      ['author', `{${bibtexEscape(siteName)}}`],
      ['publisher', bibtexEscape(siteName)],
      ['year', String(date.year)],
      ['date', day],
      ['version', day],
      ['url', bibtexUrl(url)],
      ['urldate', ACCESSED_PLACEHOLDER],
    ]),
  };
}
