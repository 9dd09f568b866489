/**
 * The one place the site loads its content: every collection, once, into the entry graph. Pages
 * call `siteGraph()` and get the same graph for the whole build.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { findBodyLinks } from '../lib/body-links.ts';
import { COLLECTIONS, type CollectionName } from '../lib/collections.ts';
import { buildEntryGraph, type EntryGraph, entryKey, type EntryKey, type GraphInput } from '../lib/graph.ts';
import { mayContainMdxOrLinks, parseBodyForCheck } from '../lib/mdx-body.ts';

export interface SiteContent {
  graph: EntryGraph;
  /** Astro's entry, for rendering the body. */
  astroEntry(key: EntryKey): CollectionEntry<CollectionName>;
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
  return {
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
