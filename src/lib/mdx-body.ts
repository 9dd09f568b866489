/**
 * Parses an entry's MDX body into mdast the same way the site's build reads it (MDX + GFM), without
 * compiling or running anything. The check and the entry graph both start from this tree.
 *
 * The content check has a faster way in for bodies without MDX syntax, the common case: see
 * `parseBodyForCheck`. Parsing is most of the check's time, so this is where its speed comes from.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
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
 * can be skipped: no MDX syntax, and no `[` (every link, image, definition and footnote needs one;
 * GFM's bare `https://…`/`www.…` links are always external and never refused).
 * Deliberately coarse (any `import` in prose counts), so it never skips a body it should not.
 */
export function mayContainMdxOrLinks(body: string): boolean {
  return body.includes('[') || mayContainMdxSyntax(body);
}

/**
 * GFM without its bare-address autolinks (`www.example.org`, `https://…` in plain text), with the
 * four CommonMark constructs MDX switches off switched off too (as micromark-extension-mdx-md does).
 * Bare-address autolinks cost two thirds of a GFM parse; they only ever make external http(s) and
 * mailto links, which the check never refuses, and at most swallow a link written right after an
 * address, so without them the check sees every link the build sees (rarely one more).
 */
const linkParserOptions = {
  extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), { disable: { null: ['autolink', 'codeIndented', 'htmlFlow', 'htmlText'] } }],
  mdastExtensions: [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()],
};

/**
 * The tree the content check inspects: the full MDX parse when the body may hold MDX syntax, else
 * the link parser above, three times faster. tests/unit/mdx-body.test.ts holds the second to finding
 * everything the first finds.
 */
export function parseBodyForCheck(body: string): Root {
  return mayContainMdxSyntax(body) ? parseMdxBody(body) : fromMarkdown(body, linkParserOptions);
}
