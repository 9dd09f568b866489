/**
 * What the feeds hold: the newest letters, quotes and positions of the whole record, of one
 * jurisdiction, or of one person or organisation (what they said, signed, received or held), as
 * items @astrojs/rss writes. Links are absolute: a feed reader has no page to resolve them against.
 * An item's description is HTML to feed readers (RSS 2.0), so its plain text is escaped as HTML here
 * and then as XML by the writer: a quote holding `<img src=…>` is shown as those characters.
 */
import { quoteAttribution } from './attribution.ts';
import { STATEMENT_COLLECTIONS, COLLECTION_LABELS } from './collections.ts';
import { firstDay, partialDate } from './dates.ts';
import { escapeText } from './html-string.ts';
import { compareNewestFirst, entryDate, entryTitle } from './entry-facts.ts';
import { type EntryGraph, entryKey, type GraphEntry } from './graph.ts';
import { involvementFields } from './involved.ts';
import { quotedWithLanguage } from './quote-language.ts';
import type { FeedScope } from './routes.ts';
import { STANCE_LABELS } from './stances.ts';

/** A feed lists this many of the newest items: enough to catch up, small enough to poll. */
export const FEED_LENGTH = 50;

type Statement = GraphEntry<'letters' | 'quotes' | 'positions'>;

/** The scope's letters, quotes and positions, newest first, at most `FEED_LENGTH`. */
export function feedEntries(graph: EntryGraph, scope: FeedScope): Statement[] {
  let entries: Statement[];
  if (scope === 'all') {
    entries = STATEMENT_COLLECTIONS.flatMap((collection) => graph.all(collection) as Statement[]);
  } else {
    const key = entryKey(scope.collection, scope.id);
    const linking = new Set<Statement>();
    for (const collection of STATEMENT_COLLECTIONS) {
      // An actor's feed follows every way they are involved, a letter sent to them included.
      const fields = scope.collection === 'jurisdictions' ? ['jurisdiction'] : involvementFields(collection);
      for (const field of fields) for (const entry of graph.linking(key, collection, field)) linking.add(entry);
    }
    entries = [...linking];
  }
  return entries.sort(compareNewestFirst(graph)).slice(0, FEED_LENGTH);
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** One statement as a feed item; `link` is the absolute URL of its page. */
export function feedItem(graph: EntryGraph, entry: Statement, link: string): FeedItem {
  const data = entry.data;
  // A quote is its words and who said them, with their role on the day.
  const text =
    'summary' in data ? data.summary : `${quotedWithLanguage(graph, data)} — ${quoteAttribution(graph, data)}`;
  return {
    title: `${COLLECTION_LABELS[entry.collection].singular}: ${entryTitle(graph, entry)}`,
    link,
    // A partial date (a month, a year) is filed under its first day, as the index pages sort it.
    pubDate: new Date(`${firstDay(partialDate(entryDate(entry)!))}T00:00:00Z`),
    description: escapeText(text),
    categories: [COLLECTION_LABELS[entry.collection].singular, STANCE_LABELS[data.stance].label],
  };
}

/** Whose feed it is: a jurisdiction's, person's or organisation's name, or undefined for the whole record. */
function scopeName(graph: EntryGraph, scope: FeedScope): string | undefined {
  if (scope === 'all') return undefined;
  const entry = graph.get(scope.collection, scope.id);
  return entry ? (entry.data as { name: string }).name : scope.id;
}

/** A feed's title: the site's name, then whose statements it follows. */
export function feedTitle(graph: EntryGraph, scope: FeedScope, siteName: string): string {
  const name = scopeName(graph, scope);
  return name ? `${siteName}: ${name}` : siteName;
}

export function feedDescription(graph: EntryGraph, scope: FeedScope): string {
  const what = 'New letters, quotes and government positions on encryption back doors';
  if (scope === 'all') return `${what}.`;
  const where = scope.collection === 'jurisdictions' ? 'in' : 'by, or sent to,';
  return `${what} ${where} ${scopeName(graph, scope)}.`;
}

/** The feeds a page offers: its own (a jurisdiction's, person's or organisation's), then the whole record's. */
export function feedScopesOf(entry?: GraphEntry): FeedScope[] {
  const own =
    entry &&
    (entry.collection === 'jurisdictions' || entry.collection === 'people' || entry.collection === 'organisations')
      ? [{ collection: entry.collection, id: entry.id }]
      : [];
  return [...own, 'all'];
}
