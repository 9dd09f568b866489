/**
 * What the search index holds for each entry — its result data (meta), its filter values and its
 * sort key — derived from the entry graph. Entry pages render it for Pagefind to read, and the
 * search page lists every filter value from the same records, so the two cannot disagree.
 */
import { quoteAttribution } from './attribution.ts';
import { COLLECTION_LABELS, type CollectionName, COLLECTIONS } from './collections.ts';
import { entryPath } from './routes.ts';
import { firstDay, partialDate } from './dates.ts';
import { actorName, entryDate, entryStance, entryTitle } from './entry-facts.ts';
import { type EntryGraph, type GraphEntry, isIn } from './graph.ts';
import { involvedActors } from './involved.ts';
import { entryKindLabel } from './labels.ts';
import { FACETS, type FacetKey, SORT_KEY } from './search-facets.ts';
import { type Stance, STANCE_LABELS, STANCES } from './stances.ts';

/** The `kind` filter value of each collection: singular, as in `/search/?kind=quote`. */
export const KIND_VALUES: Record<CollectionName, string> = {
  letters: 'letter',
  quotes: 'quote',
  positions: 'position',
  people: 'person',
  organisations: 'organisation',
  jurisdictions: 'jurisdiction',
  sources: 'source',
};

/** A filter value as the index stores it (a stable id) and as a reader sees it. */
export interface FacetValue {
  value: string;
  label: string;
}

/** What a search result shows. Values are plain text; the search page escapes them. */
export interface SearchMeta {
  title: string;
  /** The entry's kind as a reader says it: "Quote", "Trade association", "News report". */
  kind: string;
  /** As written in the content (`2015`, `2015-06`, `2015-06-08`); absent for undated entries. */
  date?: string;
  /** The stance id (`opposes`…), for statements. */
  stance?: Stance;
  /** A quote's exact words. */
  words?: string;
  /** A quote's speaker, by name, with their role on the quote's date (attribution.ts). */
  speaker?: string;
  /**
   * Names an entry is also found by, which its facts table shows but search text leaves out:
   * an organisation's other names ("EFF"), a person's roles, a source's publisher and authors.
   * Pagefind 1.6 matches words in meta as well as in the text, and excerpts only the text.
   */
  aliases?: string;
  roles?: string;
  publisher?: string;
  authors?: string;
}

export interface SearchRecord {
  /** The entry's page, which is also the result's URL. */
  url: string;
  meta: SearchMeta;
  filters: Record<FacetKey, FacetValue[]>;
  /** The first day of a dated entry; an undated entry has no sort key (see SORT_KEY). */
  sort: Partial<Record<typeof SORT_KEY, string>>;
}

function jurisdictionOf(entry: GraphEntry): string | undefined {
  if (isIn(entry, 'jurisdictions')) return entry.id;
  return (entry.data as { jurisdiction?: string }).jurisdiction;
}

/** The people and organisations an entry involves: who spoke, signed, received or holds it, or the actor itself. */
function actorsOf(entry: GraphEntry): string[] {
  if (isIn(entry, 'people') || isIn(entry, 'organisations')) return [entry.id];
  return involvedActors(entry);
}

function unique(values: FacetValue[]): FacetValue[] {
  return values.filter((item, index) => values.findIndex((other) => other.value === item.value) === index);
}

export function searchRecord(graph: EntryGraph, entry: GraphEntry): SearchRecord {
  const date = entryDate(entry);
  const stance = entryStance(entry);
  const jurisdiction = jurisdictionOf(entry);

  const meta: SearchMeta = { title: entryTitle(graph, entry), kind: entryKindLabel(entry) };
  if (date) meta.date = date;
  if (stance) meta.stance = stance;
  if (isIn(entry, 'quotes')) {
    meta.words = entry.data.text;
    meta.speaker = quoteAttribution(graph, entry.data);
  }
  if (isIn(entry, 'organisations') && entry.data.aliases?.length) meta.aliases = entry.data.aliases.join('; ');
  if (isIn(entry, 'people') && entry.data.roles?.length)
    meta.roles = entry.data.roles.map((role) => role.title).join('; ');
  if (isIn(entry, 'sources')) {
    meta.publisher = entry.data.publisher;
    if (entry.data.authors?.length) meta.authors = entry.data.authors.join('; ');
  }

  const filters: Record<FacetKey, FacetValue[]> = {
    kind: [{ value: KIND_VALUES[entry.collection], label: COLLECTION_LABELS[entry.collection].singular }],
    stance: stance ? [{ value: stance, label: STANCE_LABELS[stance].label }] : [],
    jurisdiction: jurisdiction
      ? [{ value: jurisdiction, label: graph.get('jurisdictions', jurisdiction)?.data.name ?? jurisdiction }]
      : [],
    year: date ? [{ value: String(partialDate(date).year), label: String(partialDate(date).year) }] : [],
    actor: unique(actorsOf(entry).map((id) => ({ value: id, label: actorName(graph, id) }))),
  };

  return {
    url: entryPath(entry.collection, entry.id),
    meta,
    filters,
    sort: date ? { [SORT_KEY]: firstDay(partialDate(date)) } : {},
  };
}

export interface Facet {
  key: FacetKey;
  label: string;
  /** Every value some entry has, with how many entries have it. */
  values: (FacetValue & { count: number })[];
}

const FIXED_ORDER: Partial<Record<FacetKey, readonly string[]>> = {
  kind: COLLECTIONS.map((collection) => KIND_VALUES[collection]),
  stance: STANCES,
};

function compareValues(key: FacetKey): (a: FacetValue, b: FacetValue) => number {
  const fixed = FIXED_ORDER[key];
  if (fixed) return (a, b) => fixed.indexOf(a.value) - fixed.indexOf(b.value);
  if (key === 'year') return (a, b) => Number(b.value) - Number(a.value);
  return (a, b) => a.label.localeCompare(b.label, 'en');
}

/**
 * Every filter and its values across the records, in the order the search page lists them: kinds
 * and stances in vocabulary order, years newest first, names alphabetically.
 */
export function searchFacets(records: readonly SearchRecord[]): Facet[] {
  return FACETS.map(({ key, label }) => {
    const byValue = new Map<string, FacetValue & { count: number }>();
    for (const record of records) {
      for (const item of record.filters[key]) {
        const known = byValue.get(item.value);
        if (known) known.count += 1;
        else byValue.set(item.value, { ...item, count: 1 });
      }
    }
    return { key, label, values: [...byValue.values()].sort(compareValues(key)) };
  });
}

/** The records of every entry in the graph. */
export function allSearchRecords(graph: EntryGraph): SearchRecord[] {
  return COLLECTIONS.flatMap((collection) => graph.all(collection).map((entry) => searchRecord(graph, entry)));
}
