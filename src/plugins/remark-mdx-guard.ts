/**
 * The untrusted-MDX guard (src/lib/mdx-guard.ts) as a remark plugin for the build: the same
 * problems the content check reports, failing the file, so the build is safe on its own.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findUnsafeMdx } from '../lib/mdx-guard.ts';

/**
 * Remark plugin for the build: the same guard, failing the file. The content check reports the
 * same problems earlier, with every file at once; this keeps the build safe on its own.
 */
export function remarkMdxGuard() {
  return (tree: Root, file: VFile) => {
    const [first, ...rest] = findUnsafeMdx(tree);
    if (!first) return;
    const more = rest.length ? ` (and ${rest.length} more; run npm run check)` : '';
    file.fail(`${first.message}${more} — ${first.hint}`, {
      place: first.line ? { line: first.line, column: first.column ?? 1 } : undefined,
      ruleId: 'mdx-guard',
      source: 'encryption-policy-tracker',
    });
  };
}
