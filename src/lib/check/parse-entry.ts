/**
 * Splits an entry file into frontmatter and body, parses the YAML, and keeps what is needed to
 * point at a line: YAML node offsets and where the body starts.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problems.ts';
import type { ContentFile } from './read-tree.ts';

/** A file cut into its frontmatter text and its body. */
export interface SplitEntry {
  source: ContentFile;
  yaml: string;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

export interface ParsedEntry extends SplitEntry {
  data: Record<string, unknown>;
  /** File line of the frontmatter value at a path (e.g. `['signatories', 1]`), or of the nearest parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

// A byte-order mark, which some editors write, is allowed before the first ---, as Astro allows it.
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;
// Astro ends the frontmatter at the first line that starts with ---, whatever follows on it.
const EARLY_END = /^---/m;

export function splitEntry(source: ContentFile): { split?: SplitEntry; problems: Problem[] } {
  const { file, text } = source;
  const opening = OPENING.exec(text);
  if (!opening) {
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
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  const early = EARLY_END.exec(rest);
  if (early && (!closing || early.index < closing.index)) {
    const line = rest.slice(0, early.index).split('\n').length + 1;
    return {
      problems: [
        {
          file,
          line,
          message: `the line "${rest.slice(early.index).split(/\r?\n/)[0]}" would end the frontmatter`,
          expected: 'close the frontmatter with a line of exactly ---; no other line may start with ---',
        },
      ],
    };
  }
  if (!closing) {
    return {
      problems: [
        { file, line: 1, message: 'the frontmatter is never closed', expected: 'a line of --- after the last field' },
      ],
    };
  }
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length + 1;
  return {
    problems: [],
    split: { source, yaml: rest.slice(0, closing.index), body: text.slice(bodyStart).replace(/^\n/, ''), bodyLine },
  };
}

/**
 * Parses the frontmatter. Speed matters at 10,000 entries, so the data comes from js-yaml's YAML 1.2
 * core schema (ten times faster here than the `yaml` package, and it keeps dates as text, so
 * 2015-02-30 is seen as written). Positions are only needed to report a problem: the `yaml`
 * package parses the file again, with offsets, the first time a line is asked for — and when
 * js-yaml refuses the YAML, for its well-placed messages.
 */
export function parseFrontmatter(split: SplitEntry): { entry?: ParsedEntry; problems: Problem[] } {
  let data: unknown;
  try {
    data = load(split.yaml, { schema: CORE_SCHEMA, maxAliases: 100 });
  } catch (error) {
    return parseWithPositions(split, error);
  }
  if (!isFieldMap(data)) return { problems: [notFields(split.source.file)] };
  let located: Located | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    located ??= locate(split.yaml);
    return lineOfPath(located.document, path, located.fileLine);
  };
  return { problems: [], entry: { ...split, data, lineOf } };
}

interface Located {
  document: Document;
  fileLine(offset: number): number;
}

function locate(yaml: string): Located {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on the file's second line.
  return { document, fileLine: (offset) => lineCounter.linePos(offset).line + 1 };
}

const YAML_HINT = 'valid YAML: `field: value`, lists as [a, b] or "- item" lines; quote text containing ": " or "#"';

function isFieldMap(data: unknown): data is Record<string, unknown> {
  return data !== null && data !== undefined && typeof data === 'object' && !Array.isArray(data);
}

function notFields(file: string): Problem {
  return {
    file,
    line: 2,
    message: 'the frontmatter is not a set of fields',
    expected: 'YAML fields such as `name: Josh Earnest`',
  };
}

/** The slow path, for YAML js-yaml refused: the `yaml` package's messages, at their lines. */
function parseWithPositions(split: SplitEntry, fastError: unknown): { entry?: ParsedEntry; problems: Problem[] } {
  const file = split.source.file;
  const { document, fileLine } = locate(split.yaml);
  const problems: Problem[] = [...document.errors, ...document.warnings].map((error) => ({
    file,
    line: fileLine(error.pos[0]),
    message: `malformed YAML: ${error.message.split('\n')[0]}`,
    expected: YAML_HINT,
  }));
  if (document.errors.length) return { problems };
  const data = document.toJS() as unknown;
  if (!isFieldMap(data)) return { problems: [notFields(file)] };
  // The two parsers disagree: trust the stricter, and say what js-yaml found.
  if (!problems.length) {
    const { reason, mark } = fastError as { reason?: string; mark?: { line?: number } };
    problems.push({
      file,
      line: mark?.line === undefined ? 2 : mark.line + 2,
      message: `malformed YAML: ${reason ?? String(fastError)}`,
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
