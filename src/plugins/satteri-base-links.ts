/**
 * Body links under the site's base path. Contributors write links from the site root
 * (`[the minister](/people/x/)`), which the content check reads with routeOf; when the site is built
 * under a base path (BASE_PATH), this Sätteri plugin prefixes those links as the body is compiled,
 * so the record's files never depend on where the site is hosted.
 */
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { normaliseBase, prefixBase } from '../lib/base-path.ts';

/** Sätteri mdast plugin: every root-relative link and link definition gets the base path in front. */
export function satteriBaseLinks(options: { base?: string } = {}): MdastPluginEntry {
  const base = normaliseBase(options.base);
  // At the root there is nothing to rewrite, and no plugin to run.
  if (base === '/') return null;
  return defineMdastPlugin({
    name: 'encryption-policy-tracker:base-links',
    link(node, ctx) {
      ctx.setProperty(node, 'url', prefixBase(base, node.url));
    },
    definition(node, ctx) {
      ctx.setProperty(node, 'url', prefixBase(base, node.url));
    },
  });
}
