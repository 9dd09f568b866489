/**
 * Parses an entry's MDX body into mdast the same way the site's build reads it (MDX + GFM), without
 * compiling or running anything. The check and the entry graph both start from this tree.
 *
 * The content check has a faster way in for bodies without MDX syntax, the common case: see
 * `parseBodyForCheck`. Parsing is most of the check's time, so this is where its speed comes from.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Throws a VFileMessage (with `line` and `column`) when the body is not valid MDX. */
export function parseMdxBody(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}

/** False only when the body cannot hold JSX (`<`), an expression (`{`) or ESM (`import`/`export`). */
export function mayContainMdxSyntax(body: string): boolean {
  return body.includes('<') || body.includes('{') || body.includes('import') || body.includes('export');
}

/**
 * False only when parsing the body cannot yield anything the content check looks at, so the parse
 * can be skipped: no MDX syntax, no `[` (every link, image, definition and footnote needs one), and
 * no bare address GFM would turn into a link (`http://…`, `https://…`, `www.…`), which the check
 * holds to the record's URL rule. Deliberately coarse (any `import` in prose counts), so it never
 * skips a body it should not.
 */
export function mayContainMdxOrLinks(body: string): boolean {
  return body.includes('[') || mayContainMdxSyntax(body) || /https?:\/\/|www\./i.test(body);
}

/**
 * False only when GFM cannot read the body's links differently from CommonMark. Three GFM additions
 * can: a table (needs a `|`), a footnote (needs `[^`), and a bare address turned into a link
 * (needs `www`, `http` or, for an e-mail address, `@`), which can swallow the `]` or the backtick
 * around another link and so change what is a link. The rest never do: strikethrough wraps links
 * as emphasis does, and a task-list box is not a link.
 */
export function mayReadDifferentlyUnderGfm(body: string): boolean {
  return body.includes('|') || body.includes('[^') || body.includes('@') || /www|http/i.test(body);
}

/** CommonMark as MDX reads it: without indented code, autolinks or HTML (micromark-extension-mdx-md). */
const MDX_COMMONMARK = { extensions: [{ disable: { null: ['autolink', 'codeIndented', 'htmlFlow', 'htmlText'] } }] };

/**
 * The tree the content check inspects. A body with MDX syntax, or anything GFM reads differently,
 * gets the full MDX + GFM parse; any other — most of the record, whose bodies link by site path —
 * is plain CommonMark, three times faster, with the same links, definitions and images at the same
 * places. tests/unit/mdx-body.test.ts holds the two to that on the record, on a generated tree and
 * on thousands of bodies built to confuse parsers.
 */
export function parseBodyForCheck(body: string): Root {
  return mayContainMdxSyntax(body) || mayReadDifferentlyUnderGfm(body)
    ? parseMdxBody(body)
    : fromMarkdown(body, MDX_COMMONMARK);
}
