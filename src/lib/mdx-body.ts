/**
 * Parses an entry's MDX body into mdast the same way the site's build reads it (MDX + GFM), without
 * compiling or running anything. The check and the entry graph both start from this tree.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Throws a VFileMessage (with `line` and `column`) when the body is not valid MDX. */
export function parseMdxBody(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
