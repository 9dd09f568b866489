/**
 * A cheap pass over every body, before any parser sees it, that bounds how deeply it nests. Markdown
 * parsers and the MDX compiler recurse into nested blockquotes, lists, brackets and emphasis: a few
 * hundred kilobytes of nothing but `>` markers ran the build for minutes before a stack overflow.
 * The limits are far beyond what prose needs (CONTRIBUTING.md, "What the body may contain").
 */
import { CHARACTER_REFERENCE } from '../mdx-body.ts';

export const BODY_LIMITS = {
  /** Blockquote and list markers opening one line (`> > - item` is 3). */
  containers: 8,
  /** Columns of indentation before a line's text (nested lists indent). */
  indent: 32,
  /** Unclosed `[`, `(` and `{` at any point of a paragraph. */
  brackets: 16,
  /** One run of `*`, `_` or `~` (emphasis markers, or a thematic break). */
  delimiterRun: 24,
  /** Emphasis delimiter runs in one paragraph (their matching is quadratic in the worst case). */
  delimiterRuns: 400,
  /** Character references (`&amp;`, `&#x202E;`) in one paragraph: the parser's work grows with their square. */
  references: 400,
} as const;

interface ShapeProblem {
  line: number;
  message: string;
  expected: string;
}

const CONTAINER = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

function indentWidth(prefix: string): number {
  let width = 0;
  for (const char of prefix) width += char === '\t' ? 4 - (width % 4) : 1;
  return width;
}

/** The first problem of each kind, with its body line; empty for any ordinary prose. */
export function bodyShapeProblems(body: string): ShapeProblem[] {
  const problems = new Map<string, ShapeProblem>();
  const report = (kind: string, line: number, message: string, expected: string) => {
    if (!problems.has(kind)) problems.set(kind, { line, message, expected });
  };
  const lines = body.split('\n');
  let depth = 0;
  let runs = 0;
  let references = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let rest = lines[index]!;
    if (!rest.trim()) {
      depth = 0; // A blank line ends the paragraph: brackets, emphasis and references do not cross it.
      runs = 0;
      references = 0;
      continue;
    }
    const indent = indentWidth(/^[ \t]*/.exec(rest)![0]);
    if (indent > BODY_LIMITS.indent) {
      report('indent', line, `is indented ${indent} columns`, `at most ${BODY_LIMITS.indent} columns of indentation`);
    }
    let containers = 0;
    for (
      let match = CONTAINER.exec(rest);
      match && containers <= BODY_LIMITS.containers;
      match = CONTAINER.exec(rest)
    ) {
      containers++;
      rest = rest.slice(match[0].length);
    }
    if (containers > BODY_LIMITS.containers) {
      report(
        'containers',
        line,
        `nests more than ${BODY_LIMITS.containers} blockquotes or lists`,
        `at most ${BODY_LIMITS.containers} levels of > and list markers`,
      );
    }
    references += rest.match(CHARACTER_REFERENCE)?.length ?? 0;
    if (references > BODY_LIMITS.references) {
      report(
        'references',
        line,
        `has more than ${BODY_LIMITS.references} character references (such as &amp;) in one paragraph`,
        'write the characters themselves, or use shorter paragraphs',
      );
    }
    for (let i = 0; i < rest.length; i++) {
      const char = rest[i]!;
      if (char === '\\') {
        i++; // An escaped character is text.
      } else if (char === '[' || char === '(' || char === '{') {
        if (++depth > BODY_LIMITS.brackets) {
          report(
            'brackets',
            line,
            `opens more than ${BODY_LIMITS.brackets} brackets inside one another`,
            `at most ${BODY_LIMITS.brackets} nested [, ( or {`,
          );
        }
      } else if (char === ']' || char === ')' || char === '}') {
        depth = Math.max(0, depth - 1);
      } else if (char === '*' || char === '_' || char === '~') {
        let end = i;
        while (rest[end + 1] === char) end++;
        if (end - i + 1 > BODY_LIMITS.delimiterRun) {
          report(
            'run',
            line,
            `has a run of ${end - i + 1} ${char} characters`,
            `at most ${BODY_LIMITS.delimiterRun} in a row`,
          );
        }
        if (++runs > BODY_LIMITS.delimiterRuns) {
          report(
            'runs',
            line,
            `has more than ${BODY_LIMITS.delimiterRuns} emphasis markers in one paragraph`,
            'shorter paragraphs, or fewer * and _',
          );
        }
        i = end;
      }
    }
  }
  return [...problems.values()];
}
