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

/**
 * False only when parsing the body cannot yield anything the content check looks at, so the parse
 * (most of the check's time) can be skipped. MDX's own syntax starts only at `<` (JSX), `{`
 * (expressions) or the words `import`/`export` (ESM); every link, image, definition and footnote
 * needs a `[`. Without all of these, the tree holds text, emphasis, code, headings, lists and GFM's
 * bare `https://…`/`www.…` links, which are always external: nothing to refuse, no entry link.
 * Deliberately coarse (any `import` in prose counts), so it never skips a body it should not.
 */
export function mayContainMdxOrLinks(body: string): boolean {
  return body.includes('[') || body.includes('<') || body.includes('{') || body.includes('import') || body.includes('export');
}
