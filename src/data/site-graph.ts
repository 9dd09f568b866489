/**
 * The one place the site loads its content. The entry graph is built from what the content check
 * read (`virtual:ept/checked-content`, made by src/integrations/content-check.ts), so pages show
 * exactly the fields and links the check verified; Astro's collections are used only to render
 * bodies. Pages call `siteContent()` and get the same graph, and the same views derived from it, for
 * the whole build: a view many pages share (an index's order, the search filters) is computed once.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../lib/collections.ts';
import { compareNewestFirst } from '../lib/entry-facts.ts';
import type { AnyGraphInput } from '../lib/graph.ts';
import { buildEntryGraph, type EntryGraph, entryKey, type EntryKey, type GraphEntry } from '../lib/graph.ts';
import { allSearchRecords, type Facet, searchFacets } from '../lib/search-record.ts';
import { openDataRecords, type OpenDataRecords } from '../lib/open-data/records.ts';
import { absoluteUrl, entryPath } from '../lib/routes.ts';
import { type RecordViews, recordViews } from '../lib/views/record-views.ts';
import { once } from '../lib/once.ts';

export interface SiteContent {
  graph: EntryGraph;
  /** Astro's entry, for rendering the body. */
  astroEntry(key: EntryKey): CollectionEntry<CollectionName>;
  /** A collection's entries as its index pages list them: newest first, or by name where undated. */
  newestFirst(collection: CollectionName): readonly GraphEntry[];
  /** Every search filter with its values and counts, as the search page and its value files list them. */
  searchFacets(): readonly Facet[];
  /** The timeline, map, current stances and signatory views, each computed once. */
  views: RecordViews;
  /** Every entry as an open-data record, and when this build made them: /data/ and its files share it. */
  openData(): { records: OpenDataRecords; built: string };
}

async function load(checked: readonly AnyGraphInput[]): Promise<SiteContent> {
  const astroEntries = new Map<EntryKey, CollectionEntry<CollectionName>>();
  for (const collection of COLLECTIONS) {
    for (const entry of await getCollection(collection)) astroEntries.set(entryKey(collection, entry.id), entry);
  }
  const graph = buildEntryGraph(checked);
  const sorted = new Map(
    COLLECTIONS.map((collection) => [
      collection,
      once(() => [...graph.all(collection)].sort(compareNewestFirst(graph))),
    ]),
  );
  return {
    newestFirst: (collection) => sorted.get(collection)!(),
    searchFacets: once(() => searchFacets(allSearchRecords(graph))),
    openData: once(() => ({
      records: openDataRecords(graph, (collection, id) => absoluteUrl(entryPath(collection, id), import.meta.env.SITE)),
      built: new Date().toISOString(),
    })),
    views: recordViews(graph),
    graph,
    astroEntry: (key) => {
      const entry = astroEntries.get(key);
      if (!entry) throw new Error(`No entry ${key}`);
      return entry;
    },
  };
}

let loaded: { checked: readonly AnyGraphInput[]; content: Promise<SiteContent> } | undefined;

/** The site's content and entry graph, built on first use and shared by every page of the build. */
export async function siteContent(): Promise<SiteContent> {
  // Imported on each call, which costs nothing once loaded: in dev the module is replaced when the
  // record changes and passes the check again, and the graph is rebuilt from the new one.
  const { default: checked } = await import('virtual:ept/checked-content');
  if (loaded?.checked !== checked) loaded = { checked, content: load(checked) };
  return loaded.content;
}
