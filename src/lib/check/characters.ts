/**
 * Characters that make a file read one way to a reviewer and another to a reader or a parser:
 * line separators other than \n (U+2028, U+2029, a lone \r), which some tools end a line at and
 * others do not; bidirectional embedding, override and isolate controls, which reorder what is
 * displayed; and invisible zero-width spaces, word joiners and stray byte-order marks. The joiners
 * that scripts need (U+200C, U+200D) stay allowed.
 */
import type { Problem } from './problems.ts';

const NAMES: Record<number, string> = {
  0x000d: 'CARRIAGE RETURN not followed by a line feed',
  0x200b: 'ZERO WIDTH SPACE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'BYTE ORDER MARK (ZERO WIDTH NO-BREAK SPACE)',
};

// A \r is refused only when no \n follows it: Windows line ends (\r\n) are fine.
const REFUSED = /\r(?!\n)|[\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** How many such characters one file reports, so a pasted block does not bury every other problem. */
const MAX_REPORTED = 5;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every refused character in a file, with its line and the field it is in (`body` after the
 * frontmatter). A byte-order mark at the very start is what some editors write, and is allowed.
 */
export function characterProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  let line = 1;
  let lineStart = 0;
  let field: string | undefined;
  let inFrontmatter = false;
  let delimiters = 0;
  for (const match of text.matchAll(REFUSED)) {
    if (match.index === 0 && match[0] === '\ufeff') continue;
    // Advance the line count, and the field, up to this character.
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < match.index; nl = text.indexOf('\n', lineStart)) {
      const content = text.slice(lineStart, nl);
      if (/^\ufeff?---\s*$/.test(content) && delimiters < 2) {
        delimiters++;
        inFrontmatter = delimiters === 1;
      } else if (inFrontmatter) {
        field = /^([A-Za-z_][\w-]*)\s*:/.exec(content)?.[1] ?? field;
      }
      line++;
      lineStart = nl + 1;
    }
    const current = text.slice(lineStart, match.index);
    if (inFrontmatter) field = /^([A-Za-z_][\w-]*)\s*:/.exec(current)?.[1] ?? field;
    const char = match[0];
    problems.push({
      file,
      line,
      field: inFrontmatter ? (field ?? 'frontmatter') : delimiters >= 2 ? 'body' : 'frontmatter',
      message: `contains ${codePoint(char)} ${NAMES[char.codePointAt(0)!]}`,
      expected:
        char === '\r' || char === '\u2028' || char === '\u2029'
          ? 'an ordinary line break (\\n): other line separators are read differently by different tools'
          : 'remove it: it is invisible, or changes the order in which text is shown, so readers would not see what reviewers read',
    });
    if (problems.length === MAX_REPORTED) break;
  }
  return problems;
}
