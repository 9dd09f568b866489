/**
 * The character rules (characters.ts) applied to what a body decodes to, not only to its bytes: a
 * character reference such as `&#x202E;` or `&#8203;` becomes the character it names in the text,
 * a link's address or title, an image's alt text or a JSX attribute. Lines are body lines.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { bodyTextProblems, holdsRefusedCharacter, MAX_REPORTED, refusedCharacters } from './characters.ts';

interface BodyCharacterProblem {
  line: number;
  message: string;
  expected: string;
}

/** Nodes whose text is kept as written: a reference in them is shown as typed, never decoded. */
const LITERAL = new Set(['code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/** A numeric reference as CommonMark reads one: at most 6 hexadecimal or 7 decimal digits. */
const NUMERIC_REFERENCE = /&#(?:[xX]([\da-fA-F]{1,6})|(\d{1,7}));/g;

/**
 * Numeric references to characters the parser does not let through: CommonMark turns `&#0;`, a
 * surrogate and most controls into U+FFFD, so the decoded text no longer shows what was written.
 * They are refused as written, outside code, where a reference is decoded.
 */
function referenceProblems(body: string, literal: [number, number][], lineAt: (offset: number) => number) {
  const problems: BodyCharacterProblem[] = [];
  // References and literal ranges both come in document order: one pointer walks the ranges.
  let range = 0;
  for (const match of body.matchAll(NUMERIC_REFERENCE)) {
    while (range < literal.length && literal[range]![1] <= match.index) range++;
    if (range < literal.length && literal[range]![0] <= match.index) continue;
    if (problems.length === MAX_REPORTED) break;
    const codePoint = match[1] ? parseInt(match[1], 16) : Number(match[2]);
    if (codePoint > 0x10ffff) continue; // Not a code point at all: the parser shows U+FFFD.
    // A code point as its own string, so a surrogate stays lone.
    const char =
      codePoint >= 0xd800 && codePoint < 0xe000 ? String.fromCharCode(codePoint) : String.fromCodePoint(codePoint);
    if (refusedCharacters(char).length) problems.push(...bodyTextProblems(char, lineAt(match.index)));
  }
  return problems;
}

export function bodyCharacterProblems(body: string, tree: Root): BodyCharacterProblem[] {
  // Without a refused character written as itself, only a character reference can make one.
  if (!body.includes('&') && !holdsRefusedCharacter(body)) return [];
  // One report per character and line, however many strings of the tree hold it.
  const problems = new Map<string, BodyCharacterProblem>();
  const add = (found: BodyCharacterProblem[]) => {
    for (const problem of found) problems.set(`${problem.line}:${problem.message}`, problem);
  };
  const literal: [number, number][] = [];
  visit(tree, (node: Node) => {
    const { start, end } = node.position ?? {};
    if (LITERAL.has(node.type) && start?.offset !== undefined && end?.offset !== undefined) {
      literal.push([start.offset, end.offset]);
    }
    const line = start?.line ?? 1;
    const strings = (value: unknown): void => {
      if (typeof value === 'string') add(bodyTextProblems(value, line));
      else if (value && typeof value === 'object') Object.values(value).forEach(strings);
    };
    for (const [key, value] of Object.entries(node)) {
      // Children are visited as nodes of their own; positions and types hold no text.
      if (key !== 'children' && key !== 'position' && key !== 'type') strings(value);
    }
  });
  if (body.includes('&#')) {
    const lineStarts = [0, ...[...body.matchAll(/\n/g)].map((match) => match.index + 1)];
    const lineAt = (offset: number) => lineStarts.findLastIndex((start) => start <= offset) + 1;
    add(
      referenceProblems(
        body,
        literal.sort((a, b) => a[0] - b[0]),
        lineAt,
      ),
    );
  }
  return [...problems.values()].slice(0, MAX_REPORTED);
}
