/**
 * Checks one MDX body on its own: that it parses, that the untrusted-MDX guard finds nothing, that
 * its site links are well-formed and what it decodes to holds no refused character; returns the entry links it makes. Lines are body lines, and
 * the result is plain data, so it can be computed on a worker thread (body-threads.ts).
 */
import { type EntryCorrection, findCorrections } from '../corrections.ts';
import { findUnsafeMdx } from '../mdx-guard.ts';
import { type BodyLink, findBodyLinks } from '../body-links.ts';
import { MdxParseError, mayContainMdxOrLinks, parseMdxBody } from '../mdx-body.ts';
import { bodyCharacterProblems } from './body-characters.ts';

export interface BodyCheck {
  links: BodyLink[];
  corrections: EntryCorrection[];
  problems: { line?: number; message: string; expected: string }[];
}

/** What a contributor can do about a body that does not parse as MDX, judged from the line at fault. */
function parseErrorHint(sourceLine: string): string {
  if (/^(import|export)\b/.test(sourceLine)) {
    return 'a paragraph that starts with the word import or export is read as code: start it with another word';
  }
  if (/<(https?:|mailto:|www\.)/i.test(sourceLine)) return 'write a link as [text](https://…), not <https://…>';
  if (sourceLine.includes('<!--')) return 'HTML comments are not MDX: write {/* a comment */}';
  return 'Markdown text; a literal < or { must be escaped as \\< or \\{';
}

export function checkBody(body: string): BodyCheck {
  // Prose with no link and no MDX syntax has nothing to find: skip the parse, most of the check's time.
  if (!mayContainMdxOrLinks(body)) return { links: [], corrections: [], problems: [] };
  let tree;
  try {
    tree = parseMdxBody(body);
  } catch (error) {
    if (!(error instanceof MdxParseError)) throw error;
    const { line, reason } = error;
    const sourceLine = line ? (body.split('\n')[line - 1] ?? '') : '';
    return {
      links: [],
      corrections: [],
      problems: [{ line, message: `is not valid MDX: ${reason}`, expected: parseErrorHint(sourceLine) }],
    };
  }
  const problems: BodyCheck['problems'] = findUnsafeMdx(tree).map((p) => ({
    line: p.line,
    message: p.message,
    expected: p.hint,
  }));
  problems.push(...bodyCharacterProblems(body, tree));
  const { links, badLinks } = findBodyLinks(tree);
  for (const bad of badLinks) {
    problems.push({
      line: bad.line,
      message: bad.message,
      expected: 'an https:// URL, or a site path such as /people/josh-earnest/',
    });
  }
  return { links, corrections: findCorrections(tree), problems };
}
