/**
 * Every path the site builds, in one place: its own pages, each collection's index (and the index's
 * further pages), and each entry's page. Pages, links, the content check (which body links exist)
 * and the search records ask this module; nothing else writes a site path by hand.
 */
import { type CollectionName, isCollectionName } from './collections.ts';
import { sitePathOf, withBase } from './base-path.ts';
import { SEARCH_PATH } from './search-facets.ts';

/** The site's own pages, beside the collection routes, as root site paths. */
const PAGE_PATHS = {
  home: '/',
  // Kept beside the search vocabulary, which the browser bundle imports without this module.
  search: sitePathOf(SEARCH_PATH),
  about: '/about/',
  corrections: '/corrections/',
  // The views of the whole record; the timeline's narrowed pages come from `timelinePath`.
  timeline: '/timeline/',
  map: '/map/',
  signatories: '/letters/signatories/',
  // The open data's page; its files come from `dataFilePath`.
  data: '/data/',
  // Every topic of the vocabulary (src/lib/topics.ts); each topic's page comes from `topicPath`.
  topics: '/topics/',
} as const;

/**
 * Every path below is an address under the site's base path (src/lib/base-path.ts): `/` at a
 * domain's root, so `/people/x/`; `/some/base/people/x/` when built with BASE_PATH=/some/base/.
 */
export const SITE_PAGES = Object.fromEntries(
  Object.entries(PAGE_PATHS).map(([name, path]) => [name, withBase(path)]),
) as Record<keyof typeof PAGE_PATHS, string>;

const STATIC_PATHS: ReadonlySet<string> = new Set(Object.values(PAGE_PATHS));

/**
 * The site's own page at an entry's address, if there is one (`letters` + `signatories` is
 * `/letters/signatories/`): an entry there would be built over it, so the check refuses the id.
 */
export function sitePageAt(collection: CollectionName, id: string): string | undefined {
  const path = `/${collection}/${id}/`;
  return STATIC_PATHS.has(path) ? path : undefined;
}

/** The page of an entry: `/<collection>/<id>/`. */
export function entryPath(collection: CollectionName, id: string): string {
  return withBase(`/${collection}/${id}/`);
}

/** The index page of a collection: `/<collection>/`. */
export function collectionPath(collection: CollectionName): string {
  return withBase(`/${collection}/`);
}

/** Page `number` (from 1) of a collection's index. */
export function collectionPagePath(collection: CollectionName, number: number): string {
  return number === 1 ? collectionPath(collection) : withBase(`/${collection}/page/${number}/`);
}

/** What narrows a timeline page: whose statements (`in` a jurisdiction, `by` an actor), their kind, their stance. */
interface TimelineRoute {
  who?: { type: 'jurisdiction' | 'actor'; id: string };
  kind?: string;
  stance?: string;
}

/**
 * A timeline page's path below `/timeline/`, e.g. `in/nl/letters/opposes/page/2/`, or `` for the
 * whole timeline's first page. Kinds and stances are words no id segment can be mistaken for here.
 */
export function timelineSegments(route: TimelineRoute, page = 1): string {
  const parts = [
    ...(route.who ? [route.who.type === 'jurisdiction' ? 'in' : 'by', route.who.id] : []),
    ...(route.kind ? [route.kind] : []),
    ...(route.stance ? [route.stance] : []),
    ...(page > 1 ? ['page', String(page)] : []),
  ];
  return parts.map((part) => `${part}/`).join('');
}

/** A timeline page: the whole timeline, or narrowed, and its page number. */
export function timelinePath(route: TimelineRoute = {}, page = 1): string {
  return `${SITE_PAGES.timeline}${timelineSegments(route, page)}`;
}

/** A topic's page, listing its letters and quotes: `/topics/<id>/`. */
export function topicPath(id: string): string {
  return `${SITE_PAGES.topics}${id}/`;
}

/** Page `number` (from 1) of the list of everyone who signed a letter; page 1 also holds the matrix. */
export function signatoriesPath(number = 1): string {
  return number === 1 ? SITE_PAGES.signatories : `${SITE_PAGES.signatories}page/${number}/`;
}

/** A file of the open data, e.g. `letters.csv` or `record.json`: `/data/<file>` (see src/pages/data/). */
export function dataFilePath(file: string): string {
  return `${SITE_PAGES.data}${file}`;
}

/** Whose new letters, quotes and positions a feed follows: the whole site's, or one jurisdiction's or actor's. */
export type FeedScope = { collection: 'jurisdictions' | 'people' | 'organisations'; id: string } | 'all';

/** A feed's file below `/feeds/` (the parameter of src/pages/feeds/[...feed].ts): `all.xml` or `<collection>/<id>.xml`. */
export function feedFile(scope: FeedScope): string {
  return scope === 'all' ? 'all.xml' : `${scope.collection}/${scope.id}.xml`;
}

/** The RSS feed of a scope: `/feeds/all.xml` or `/feeds/<collection>/<id>.xml`. */
export function feedPath(scope: FeedScope): string {
  return withBase(`/feeds/${feedFile(scope)}`);
}

/** The sitemap index @astrojs/sitemap writes. */
export const SITEMAP_PATH = withBase('/sitemap-index.xml');

/** The site's icon (public/favicon.svg), and a PNG for browsers without SVG icons. */
export const ICON_PATHS = { svg: withBase('/favicon.svg'), png: withBase('/favicon.png') } as const;

/** A site path as an absolute URL on the site's public address (Astro's `site`). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * What a site path (query and fragment ignored) names, or null when the site has no such route. Body
 * links are written from the root (`/people/x/`); an address under the base path names the same.
 */
type SiteRoute =
  | { kind: 'page' }
  | { kind: 'collection'; collection: CollectionName }
  | { kind: 'entry'; collection: CollectionName; id: string };

export function routeOf(url: string): SiteRoute | null {
  const path = sitePathOf(url.replace(/[?#].*$/, ''));
  if (STATIC_PATHS.has(path)) return { kind: 'page' };
  const match = /^\/([^/]+)\/(?:([^/]+)\/?)?$/.exec(path);
  if (!match || !isCollectionName(match[1]!)) return null;
  const collection = match[1];
  return match[2] === undefined ? { kind: 'collection', collection } : { kind: 'entry', collection, id: match[2] };
}
