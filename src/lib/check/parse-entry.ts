/**
 * Splits an entry file into frontmatter and body, parses the YAML, and keeps what is needed to
 * point at a line: YAML node offsets and where the body starts.
 */
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problems.ts';
import type { ContentFile } from './read-tree.ts';

export interface ParsedEntry {
  source: ContentFile;
  data: Record<string, unknown>;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
  /** File line of the frontmatter value at a path (e.g. `['signatories', 1]`), or of the nearest parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

export function parseEntry(source: ContentFile): { entry?: ParsedEntry; problems: Problem[] } {
  const { file, text } = source;
  const opening = OPENING.exec(text);
  if (!opening) {
    return { problems: [{ file, line: 1, message: 'does not start with frontmatter', expected: 'a first line of ---, then the YAML fields, then a line of ---' }] };
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return { problems: [{ file, line: 1, message: 'the frontmatter is never closed', expected: 'a line of --- after the last field' }] };
  }
  const yamlText = rest.slice(0, closing.index);
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on the file's second line.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;

  const problems: Problem[] = [...document.errors, ...document.warnings].map((error) => ({
    file,
    line: fileLine(error.pos[0]),
    message: `malformed YAML: ${error.message.split('\n')[0]}`,
    expected: 'valid YAML: `field: value`, lists as [a, b] or "- item" lines; quote text containing ": " or "#"',
  }));
  if (document.errors.length) return { problems };

  const data = document.toJS() as unknown;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, line: 2, message: 'the frontmatter is not a set of fields', expected: 'YAML fields such as `name: Josh Earnest`' }] };
  }
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length + 1;
  const body = text.slice(bodyStart).replace(/^\r?\n/, '');
  return {
    problems,
    entry: { source, data: data as Record<string, unknown>, body, bodyLine, lineOf: (path) => lineOfPath(document, path, fileLine) },
  };
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
