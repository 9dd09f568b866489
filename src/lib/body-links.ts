/**
 * Finds the links an entry's body makes to other entries (`[Josh Earnest](/people/josh-earnest/)`)
 * and the site paths it links to that do not exist as routes.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { CollectionName } from './collections.ts';
import { routeOf } from './routes.ts';
import { dangerousScheme } from './unsafe-url.ts';
import { urlProblem } from './urls.ts';

export interface BodyLink {
  collection: CollectionName;
  id: string;
  url: string;
  line?: number;
}

/** A link a contributor must change: it points nowhere on this site, or breaks the record's URL rule. */
interface BadLink {
  url: string;
  line?: number;
  /** What is wrong, naming the link. */
  message: string;
}

/** A link GFM made from a bare address in the text: its only child spans exactly the same characters. */
function isBareAddress(node: Node): boolean {
  const children = (node as { children?: Node[] }).children;
  const child = children?.length === 1 ? children[0] : undefined;
  return (
    child?.position?.start.offset === node.position?.start.offset &&
    child?.position?.end.offset === node.position?.end.offset
  );
}

/**
 * Lists the entry links of a body, and the links that cannot stay: relative paths, site paths that
 * are not pages, and external URLs that break the record's URL rule (https, no credentials, not
 * local). Script URLs (`javascript:` and the like) are left to the MDX guard, which refuses them.
 */
export function findBodyLinks(tree: Root): { links: BodyLink[]; badLinks: BadLink[] } {
  const links: BodyLink[] = [];
  const badLinks: BadLink[] = [];
  visit(tree, (node: Node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = (node as { url?: string }).url ?? '';
    const line = node.position?.start.line;
    const bad = (message: string) => badLinks.push({ url, line, message });
    if (url === '' || url.startsWith('#') || dangerousScheme(url)) return;
    if (url.startsWith('//') || url.startsWith('/\\')) {
      // Browsers read both as an address on another host.
      bad(`the link ${url} has no scheme; write it with https:`);
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      const problem = /^mailto:/i.test(url) ? undefined : urlProblem(url);
      // A bare address in the text (www.example.org) becomes a link too, so it meets the same rule.
      if (problem)
        bad(isBareAddress(node) ? `the address in the text becomes a link, and ${problem}` : `the link ${problem}`);
      return;
    }
    if (!url.startsWith('/')) {
      bad(`the link ${url} is a relative link; write the site path from the root, e.g. /people/josh-earnest/`);
      return;
    }
    const route = routeOf(url);
    if (!route) bad(`the link ${url} is not a page of this site`);
    else if (route.kind === 'entry') links.push({ collection: route.collection, id: route.id, url, line });
  });
  return { links, badLinks };
}
