/**
 * Checks one MDX body on its own: that it parses, that the untrusted-MDX guard finds nothing, and
 * that its site links are well-formed; returns the entry links it makes. Lines are body lines, and
 * the result is plain data, so it can be computed on a worker thread (body-threads.ts).
 */
import { findUnsafeMdx } from '../../plugins/mdx-guard.ts';
import { type BodyLink, findBodyLinks } from '../body-links.ts';
import { mayContainMdxOrLinks, parseMdxBody } from '../mdx-body.ts';

export interface BodyCheck {
  links: BodyLink[];
  problems: { line?: number; message: string; expected: string }[];
}

/** What a contributor can do about a body that does not parse as MDX. */
function parseErrorHint(reason: string): string {
  if (/import\/export|acorn/i.test(reason)) {
    return 'a line that starts with the word import or export is read as code: rewrap the text so the line starts with another word';
  }
  return 'Markdown text; a literal < or { must be escaped as \\< or \\{';
}

export function checkBody(body: string): BodyCheck {
  // Prose with no link and no MDX syntax has nothing to find: skip the parse, most of the check's time.
  if (!mayContainMdxOrLinks(body)) return { links: [], problems: [] };
  let tree;
  try {
    tree = parseMdxBody(body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    const text = reason ?? String(error);
    return { links: [], problems: [{ line, message: `is not valid MDX: ${text}`, expected: parseErrorHint(text) }] };
  }
  const problems: BodyCheck['problems'] = findUnsafeMdx(tree).map((p) => ({ line: p.line, message: p.message, expected: p.hint }));
  const { links, badPaths } = findBodyLinks(tree);
  for (const bad of badPaths) {
    problems.push({ line: bad.line, message: `the link ${bad.url} ${bad.reason}`, expected: 'an https:// URL, or a site path such as /people/josh-earnest/' });
  }
  return { links, problems };
}
