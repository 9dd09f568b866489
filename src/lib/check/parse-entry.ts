/**
 * Splits an entry file into frontmatter and body, parses the YAML, and keeps what is needed to
 * point at a line: YAML node offsets and where the body starts.
 */
// The module Astro's content layer and @astrojs/mdx cut frontmatter with. @astrojs/markdown-remark
// re-exports it, but loading that loads the whole remark stack (about 500 modules, 0.4 s of start-up).
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { type Document, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { hasSharedValue, loadFrontmatterYaml } from '../frontmatter-yaml.ts';
import type { Problem } from './problems.ts';
import type { ContentFile } from './read-tree.ts';

/** A file cut into its frontmatter text and its body. */
export interface SplitEntry {
  source: ContentFile;
  yaml: string;
  /** File line of the YAML's first line. */
  yamlLine: number;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

export interface ParsedEntry extends SplitEntry {
  data: Record<string, unknown>;
  /** File line of the frontmatter value at a path (e.g. `['signatories', 1]`), or of the nearest parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

// Where Astro's frontmatter starts: its own pattern (@astrojs/internal-helpers), anchored the same way.
const OPENING = /^(?:\uFEFF?|\s*\n)(---|\+\+\+)/;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Cuts a file where Astro cuts it: `extractFrontmatter` is the helper Astro's content layer and MDX
 * integration use, so the check validates exactly the fields and the body the build will see. What
 * Astro would read but a contributor would not expect is refused: TOML (+++), text after the
 * opening ---, and a closing line that is more than ---.
 */
export function splitEntry(source: ContentFile): { split?: SplitEntry; problems: Problem[] } {
  const { file, text } = source;
  const raw = extractFrontmatter(text);
  const opening = OPENING.exec(text);
  if (raw === undefined && opening) {
    return {
      problems: [
        { file, line: 1, message: 'the frontmatter is never closed', expected: 'a line of --- after the last field' },
      ],
    };
  }
  if (raw === undefined || !opening) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: 'does not start with frontmatter',
          expected: 'a first line of ---, then the YAML fields, then a line of ---',
        },
      ],
    };
  }
  const start = opening[0].length; // just after the opening delimiter
  const end = start + raw.length; // where the closing delimiter starts
  if (!text.startsWith(raw, start)) throw new Error(`${file}: the frontmatter pattern no longer matches Astro's`);
  const closing = text.slice(end, end + 3);
  const closingLine = text.slice(end, (text.indexOf('\n', end) + 1 || text.length + 1) - 1).replace(/\r$/, '');
  const problem = (offset: number, message: string, expected: string) => ({
    problems: [{ file, line: lineAt(text, offset), message, expected }],
  });
  if (opening[1] === '+++' || closing === '+++') {
    return problem(end, 'has TOML frontmatter (+++)', 'YAML frontmatter between two lines of ---');
  }
  const firstBreak = raw.indexOf('\n'); // Astro's pattern ends the frontmatter text with one
  const firstLine = raw.slice(0, firstBreak).replace(/\r$/, '');
  if (firstLine.trim()) {
    return problem(start, `the opening line "---${firstLine}" has text after ---`, 'a first line of exactly ---');
  }
  if (closingLine.trim() !== '---') {
    return problem(
      end,
      `the line "${closingLine}" would end the frontmatter`,
      'close the frontmatter with a line of exactly ---; no other line may start with ---',
    );
  }
  const bodyStart = end + closingLine.length + (text.startsWith('\r\n', end + closingLine.length) ? 2 : 1);
  return {
    problems: [],
    split: {
      source,
      yaml: raw.slice(firstBreak + 1),
      yamlLine: lineAt(text, start) + 1,
      body: text.slice(bodyStart),
      bodyLine: lineAt(text, bodyStart),
    },
  };
}

/**
 * Parses the frontmatter as Astro does (src/lib/frontmatter-yaml.ts). Positions are only needed to
 * report a problem: the `yaml` package parses the file again, with offsets, the first time a line
 * is asked for — and when js-yaml refuses the YAML, for its well-placed messages.
 */
export function parseFrontmatter(split: SplitEntry): { entry?: ParsedEntry; problems: Problem[] } {
  try {
    return readFrontmatter(split);
  } catch (error) {
    // A limit of a YAML reader (nesting deep enough to exhaust the stack, say): still a message.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          file: split.source.file,
          line: split.yamlLine,
          message: `the frontmatter could not be read: ${readable(reason)}`,
          expected: 'plain YAML fields, lists nested a few levels at most',
        },
      ],
    };
  }
}

function readFrontmatter(split: SplitEntry): { entry?: ParsedEntry; problems: Problem[] } {
  let data: unknown;
  try {
    data = loadFrontmatterYaml(split.yaml);
  } catch (error) {
    return parseWithPositions(split, error);
  }
  if (!isFieldMap(data)) return { problems: [notFields(split)] };
  let located: Located | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    located ??= locate(split);
    return lineOfPath(located.document, path, located.fileLine);
  };
  if (hasSharedValue(data)) return { problems: [aliasProblem(split, (located ??= locate(split)))] };
  return { problems: [], entry: { ...split, data, lineOf } };
}

/** Aliases (`*name`) repeat a value by reference: refused, since a few lines of them can ask for gigabytes. */
function aliasProblem(split: SplitEntry, { document, fileLine }: Located): Problem {
  let line = split.yamlLine;
  visit(document, {
    Alias(_, node) {
      if (node.range) line = fileLine(node.range[0]);
      return visit.BREAK;
    },
  });
  return {
    file: split.source.file,
    line,
    message: 'uses a YAML alias (*name)',
    expected: 'write each value out in full: anchors, aliases and merge keys (<<) are not accepted',
  };
}

interface Located {
  document: Document;
  fileLine(offset: number): number;
}

function locate(split: SplitEntry): Located {
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { document, fileLine: (offset) => lineCounter.linePos(offset).line + split.yamlLine - 1 };
}

/** A YAML reader's message, first line only; running out of stack means the YAML nests too deeply. */
function readable(message: string): string {
  return /call stack/i.test(message) ? 'lists or fields nested too deeply to read' : message.split('\n')[0]!;
}

const YAML_HINT = 'valid YAML: `field: value`, lists as [a, b] or "- item" lines; quote text containing ": " or "#"';

function isFieldMap(data: unknown): data is Record<string, unknown> {
  return data !== null && data !== undefined && typeof data === 'object' && !Array.isArray(data);
}

function notFields(split: SplitEntry): Problem {
  return {
    file: split.source.file,
    line: split.yamlLine,
    message: 'the frontmatter is not a set of fields',
    expected: 'YAML fields such as `name: Josh Earnest`',
  };
}

/** The slow path, for YAML js-yaml refused: the `yaml` package's messages, at their lines. */
function parseWithPositions(split: SplitEntry, fastError: unknown): { entry?: ParsedEntry; problems: Problem[] } {
  const file = split.source.file;
  const { document, fileLine } = locate(split);
  const problems: Problem[] = [...document.errors, ...document.warnings].map((error) => ({
    file,
    line: fileLine(error.pos[0]),
    message: `malformed YAML: ${readable(error.message)}`,
    expected: YAML_HINT,
  }));
  if (document.errors.length) return { problems };
  const data = document.toJS() as unknown;
  if (!isFieldMap(data)) return { problems: [notFields(split)] };
  // The two parsers disagree: trust the stricter, and say what js-yaml found.
  if (!problems.length) {
    const { reason, mark } = fastError as { reason?: string; mark?: { line?: number } };
    problems.push({
      file,
      line: mark?.line === undefined ? split.yamlLine : mark.line + split.yamlLine,
      message: `malformed YAML: ${readable(reason ?? String(fastError))}`,
      expected: YAML_HINT,
    });
  }
  return { problems };
}

/** Splits and parses in one go, for callers that check a single file. */
export function parseEntry(source: ContentFile): { entry?: ParsedEntry; problems: Problem[] } {
  const { split, problems } = splitEntry(source);
  return split ? parseFrontmatter(split) : { problems };
}

function lineOfPath(document: Document, path: readonly PropertyKey[], fileLine: (offset: number) => number): number {
  // Walk down as far as the path exists, so a missing field points at its parent.
  for (let depth = path.length; depth > 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return fileLine(range[0]);
    // A key with an empty value has no value node: point at the key.
    const parent = depth > 1 ? document.getIn(path.slice(0, depth - 1) as unknown[], true) : document.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
      const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (keyRange) return fileLine(keyRange[0]);
    }
  }
  return 1;
}
