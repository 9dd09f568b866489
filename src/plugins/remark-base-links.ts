/**
 * Body links under the site's base path. Contributors write links from the site root
 * (`[the minister](/people/x/)`), which the content check reads with routeOf; when the site is built
 * under a base path (BASE_PATH), this remark plugin prefixes those links as the body is rendered, so
 * the record's files never depend on where the site is hosted.
 */
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { normaliseBase, prefixBase } from '../lib/base-path.ts';

/** Remark plugin: every root-relative link and link definition gets the base path in front. */
export function remarkBaseLinks(options: { base?: string } = {}) {
  const base = normaliseBase(options.base);
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      link.url = prefixBase(base, link.url);
    });
  };
}
