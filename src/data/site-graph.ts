/**
 * The one place the site loads its content: every collection, once, into the entry graph. Pages
 * call `siteContent()` and get the same graph, and the same views derived from it, for the whole
 * build: a view many pages share (an index's order, the search filters) is computed once.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { findBodyLinks } from '../lib/body-links.ts';
import { COLLECTIONS, type CollectionName } from '../lib/collections.ts';
import { compareNewestFirst } from '../lib/entry-facts.ts';
import {
  buildEntryGraph,
  type EntryGraph,
  entryKey,
  type EntryKey,
  type GraphEntry,
  type GraphInput,
} from '../lib/graph.ts';
import { mayContainMdxOrLinks, parseBodyForCheck } from '../lib/mdx-body.ts';
import { allSearchRecords, type Facet, searchFacets } from '../lib/search-record.ts';

export interface SiteContent {
  graph: EntryGraph;
  /** Astro's entry, for rendering the body. */
  astroEntry(key: EntryKey): CollectionEntry<CollectionName>;
  /** A collection's entries newest first, as its index pages list them. */
  newestFirst(collection: CollectionName): readonly GraphEntry[];
  /** Every search filter with its values and counts, as the search page and its value files list them. */
  searchFacets(): readonly Facet[];
}

/** Computes a value on first use and returns the same value after. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

let loading: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const astroEntries = new Map<EntryKey, CollectionEntry<CollectionName>>();
  const inputs: GraphInput[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of await getCollection(collection)) {
      astroEntries.set(entryKey(collection, entry.id), entry);
      // The same parse as the content check, so the graph has exactly the links the check verified.
      const body = entry.body ?? '';
      const bodyLinks = mayContainMdxOrLinks(body) ? findBodyLinks(parseBodyForCheck(body)).links : [];
      inputs.push({ collection, id: entry.id, data: entry.data, bodyLinks } as GraphInput);
    }
  }
  const graph = buildEntryGraph(inputs);
  const sorted = new Map(
    COLLECTIONS.map((collection) => [
      collection,
      once(() => [...graph.all(collection)].sort(compareNewestFirst(graph))),
    ]),
  );
  return {
    newestFirst: (collection) => sorted.get(collection)!(),
    searchFacets: once(() => searchFacets(allSearchRecords(graph))),
    graph,
    astroEntry: (key) => {
      const entry = astroEntries.get(key);
      if (!entry) throw new Error(`No entry ${key}`);
      return entry;
    },
  };
}

/** The site's content and entry graph, built on first use and shared by every page of the build. */
export function siteContent(): Promise<SiteContent> {
  loading ??= load();
  return loading;
}
