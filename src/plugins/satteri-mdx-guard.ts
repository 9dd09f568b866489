/**
 * The untrusted-MDX guard (src/lib/mdx-guard.ts) as a Sätteri plugin, so the build and the dev
 * server refuse an unsafe body on their own, even where the content check only reported it (in dev,
 * a file that fails the check is still compiled when its page is asked for). The content check
 * reports the same problems first, with their lines, for every file at once.
 */
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { fileURLToPath } from 'node:url';
import type { Node } from 'unist';
import { GUARDED_NODE_TYPES, unsafeNodeProblems } from '../lib/mdx-guard.ts';

/** Sätteri mdast plugin: visits only the node types the guard judges, and fails the file on the first problem. */
export function satteriMdxGuard(): MdastPluginEntry {
  return ({ fileURL }: PluginFactoryContext) => {
    const file = fileURL ? fileURLToPath(fileURL) : 'an MDX body';
    const judge = (node: Node) => {
      const [first] = unsafeNodeProblems(node);
      if (first) throw new Error(`${file}: ${first.message} — ${first.hint} (npm run check shows the line)`);
    };
    return defineMdastPlugin({
      name: 'encryption-policy-tracker:mdx-guard',
      ...Object.fromEntries(GUARDED_NODE_TYPES.map((type) => [type, judge])),
    });
  };
}
