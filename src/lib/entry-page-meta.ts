/**
 * An entry page's share metadata in one call, so the page stays thin: its description, its feeds
 * (as titles and paths) and its JSON-LD with absolute URLs.
 */
import { feedScopesOf, feedTitle } from './feeds.ts';
import type { EntryGraph, GraphEntry } from './graph.ts';
import { absoluteUrl, entryPath, feedPath, SITE_PAGES } from './routes.ts';
import { entryDescription, entryJsonLd } from './share-metadata.ts';

interface PageFeed {
  title: string;
  href: string;
}

/** The feeds a page links with `<link rel="alternate">`: its own, if it has one, and the whole record's. */
export function pageFeeds(graph: EntryGraph, siteName: string, entry?: GraphEntry): PageFeed[] {
  return feedScopesOf(entry).map((scope) => ({ title: feedTitle(graph, scope, siteName), href: feedPath(scope) }));
}

export function entryPageMeta(graph: EntryGraph, entry: GraphEntry, site: URL | string, siteName: string) {
  const urlOf = (linked: GraphEntry) => absoluteUrl(entryPath(linked.collection, linked.id), site);
  return {
    description: entryDescription(graph, entry),
    feeds: pageFeeds(graph, siteName, entry),
    jsonLd: entryJsonLd(graph, entry, urlOf, { name: siteName, url: absoluteUrl(SITE_PAGES.home, site) }),
  };
}
