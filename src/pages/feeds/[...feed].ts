/**
 * RSS feeds of new letters, quotes and positions: the whole record's, and one per jurisdiction and
 * per person or organisation (src/lib/feeds.ts says what each holds). Pages link theirs with
 * `<link rel="alternate">`. The XML @astrojs/rss writes passes through feedXml (src/lib/feed-xml.ts),
 * which keeps it readable whatever the text holds.
 */
import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../data/site-graph.ts';
import { feedXml } from '../../lib/feed-xml.ts';
import { feedDescription, feedEntries, feedItem, feedTitle } from '../../lib/feeds.ts';
import { absoluteUrl, entryPath, feedFile, type FeedScope, feedPath, SITE_PAGES } from '../../lib/routes.ts';
import { SITE_NAME } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { graph } = await siteContent();
  const scopes: FeedScope[] = [
    'all',
    ...(['jurisdictions', 'people', 'organisations'] as const).flatMap((collection) =>
      graph.all(collection).map((entry) => ({ collection, id: entry.id })),
    ),
  ];
  return scopes.map((scope) => ({ params: { feed: feedFile(scope) }, props: { scope } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { scope } = props as { scope: FeedScope };
  const { graph } = await siteContent();
  const pageOf = scope === 'all' ? SITE_PAGES.home : entryPath(scope.collection, scope.id);
  const xml = await getRssString({
    title: feedTitle(graph, scope, SITE_NAME),
    description: feedDescription(graph, scope),
    site: absoluteUrl(pageOf, site!),
    items: feedEntries(graph, scope).map((entry) =>
      feedItem(graph, entry, absoluteUrl(entryPath(entry.collection, entry.id), site!)),
    ),
    // The feed's own address (atom:link rel="self"), which feed validators ask every RSS feed for.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${absoluteUrl(feedPath(scope), site!)}" rel="self" type="application/rss+xml"/>`,
  });
  return new Response(feedXml(xml), { headers: { 'Content-Type': 'application/xml' } });
};
