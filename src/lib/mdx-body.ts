/**
 * Parses an entry's MDX body into mdast the way the site's build reads it: with Sätteri, Astro 7's
 * Markdown processor, MDX and GFM on, without compiling or running anything. The check reads what
 * the build will compile, with the same parser, at the same lines.
 */
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/** A body that is not valid MDX: where, and why, as the check reports it. */
export class MdxParseError extends Error {
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;
  constructor(reason: string, line?: number, column?: number) {
    super(line ? `${line}:${column ?? 1}: ${reason}` : reason);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** Throws an MdxParseError (with `line` and `column` when the parser gives them) when the body is not valid MDX. */
export function parseMdxBody(body: string): Root {
  try {
    return mdxToMdast(body, { features: { gfm: true } }) as unknown as Root;
  } catch (error) {
    // Sätteri reports a parse error as `line:column: reason (rule)`.
    const message = error instanceof Error ? error.message : String(error);
    const placed = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
    if (!placed) throw new MdxParseError(message);
    throw new MdxParseError(placed[3]!, Number(placed[1]), Number(placed[2]));
  }
}

/** A character reference as CommonMark reads one: named, decimal or hexadecimal. */
export const CHARACTER_REFERENCE = /&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z\d]{1,31});/g;

/** False only when the body cannot hold JSX (`<`), an expression (`{`) or ESM (`import`/`export`). */
function mayContainMdxSyntax(body: string): boolean {
  return body.includes('<') || body.includes('{') || body.includes('import') || body.includes('export');
}

/**
 * False only when parsing the body cannot yield anything the content check looks at, so the parse
 * can be skipped: no MDX syntax, no `[` (every link, image, definition and footnote needs one), no
 * bare address GFM would turn into a link (`http://…`, `https://…`, `www.…`), which the check
 * holds to the record's URL rule, and no character reference (`&#x202E;`, `&nbsp;`), which decodes
 * to a character the check judges. Deliberately coarse (any `import` in prose counts), so it never
 * skips a body it should not.
 */
export function mayContainMdxOrLinks(body: string): boolean {
  return (
    body.includes('[') ||
    mayContainMdxSyntax(body) ||
    /https?:\/\/|www\./i.test(body) ||
    body.search(CHARACTER_REFERENCE) !== -1
  );
}
