/**
 * Finds the links an entry's body makes to other entries (`[Josh Earnest](/people/josh-earnest/)`)
 * and the site paths it links to that do not exist as routes.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { type CollectionName, isCollectionName } from './collections.ts';

export interface BodyLink {
  collection: CollectionName;
  id: string;
  url: string;
  line?: number;
}

export interface BadSitePath {
  url: string;
  line?: number;
  reason: string;
}

/** Pages that exist beside the collection routes. */
export const STATIC_SITE_PATHS = new Set(['/', '/search/', '/about/']);

/** Splits a site path into collection and id; null when it is not of the form /<collection>/[<id>/]. */
function parseSitePath(url: string): { collection: string; id?: string } | null {
  const path = url.replace(/[?#].*$/, '');
  const match = /^\/([^/]+)\/(?:([^/]+)\/?)?$/.exec(path);
  return match ? { collection: match[1]!, id: match[2] } : null;
}

export function findBodyLinks(tree: Root): { links: BodyLink[]; badPaths: BadSitePath[] } {
  const links: BodyLink[] = [];
  const badPaths: BadSitePath[] = [];
  visit(tree, (node: Node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = (node as { url?: string }).url ?? '';
    const line = node.position?.start.line;
    if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return;
    if (!url.startsWith('/')) {
      badPaths.push({ url, line, reason: 'is a relative link; write the site path from the root, e.g. /people/josh-earnest/' });
      return;
    }
    const path = url.replace(/[?#].*$/, '');
    if (STATIC_SITE_PATHS.has(path)) return;
    const parsed = parseSitePath(url);
    if (!parsed || !isCollectionName(parsed.collection)) {
      badPaths.push({ url, line, reason: 'is not a page of this site' });
    } else if (parsed.id !== undefined) {
      links.push({ collection: parsed.collection, id: parsed.id, url, line });
    }
  });
  return { links, badPaths };
}
