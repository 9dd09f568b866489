/**
 * The content check: reads the whole tree and reports every problem at once, each naming the file,
 * the line, the field, what was found and what is accepted. Run by `npm run check` and, before
 * anything is written, by every build (src/integrations/content-check.ts).
 */
import type { BodyLink } from '../body-links.ts';
import type { CollectionName } from '../collections.ts';
import { CONTENT_DIR } from '../content-files.ts';
import type { EntryCorrection } from '../corrections.ts';
import { bodyShapeProblems } from './body-shape.ts';
import { startBodyChecks } from './body-threads.ts';
import { dateOrderProblems } from './date-order.ts';
import { characterProblems, frontmatterCharacterProblems, withoutRepeats } from './characters.ts';
import { parseFrontmatter, type SplitEntry, splitEntry } from './parse-entry.ts';
import type { Problem } from './problems.ts';
import { quoteLanguageProblems } from './quote-language.ts';
import { readContentTree } from './read-tree.ts';
import type { RelationalEntry } from './relational-entry.ts';
import { relationProblems } from './relations.ts';
import { schemaProblems } from './schema-problems.ts';

export { formatProblem, formatReport, type Problem } from './problems.ts';

export interface CheckedEntry {
  file: string;
  collection: CollectionName;
  id: string;
  /** Schema-validated frontmatter (undefined when it had problems). */
  data: unknown;
  bodyLinks: BodyLink[];
  /** The body's `<Correction>` notices. */
  corrections: EntryCorrection[];
}

interface CheckResult {
  problems: Problem[];
  /** Every entry file that was read, valid or not. */
  entries: CheckedEntry[];
}

export interface CheckOptions {
  /** Worker threads for the MDX bodies; by default none for small trees, up to 3 for large ones. */
  threads?: number;
}

export async function checkContent(
  projectRoot: string,
  contentDir = CONTENT_DIR,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const tree = readContentTree(projectRoot, contentDir);
  const problems: Problem[] = [...tree.problems];

  const splits: SplitEntry[] = [];
  // Characters the file holds, kept aside until the values are read: a character a value also
  // holds is reported once, from the value (characters.ts, `withoutRepeats`). They are listed
  // before the other problems of their line, since they often cause them.
  const fileCharacters = new Map<string, Problem[]>();
  const characters: Problem[] = [];
  for (const source of tree.files) {
    fileCharacters.set(source.file, characterProblems(source.file, source.text));
    const { split, problems: found } = splitEntry(source);
    problems.push(...found);
    if (split) splits.push(split);
  }
  const valueCharacters = new Map<string, Problem[]>();
  // Bodies nested deeper than any parser should be asked to follow are refused before one sees them.
  const bodies = splits.map((split) => {
    const shape = bodyShapeProblems(split.body);
    problems.push(
      ...shape.map((p) => ({ ...p, file: split.source.file, line: split.bodyLine + p.line - 1, field: 'body' })),
    );
    return shape.length ? '' : split.body;
  });
  // The MDX bodies are most of the work: other threads start on them while this one reads the YAML.
  const bodyChecks = startBodyChecks(bodies, options.threads);

  const parsed = splits.map((split) => {
    const { entry, problems: found } = parseFrontmatter(split);
    // YAML refuses a control character it meets in the file; the character's own report says which.
    const charLines = new Set(fileCharacters.get(split.source.file)?.map((problem) => problem.line));
    problems.push(...found.filter((problem) => !charLines.has(problem.line)));
    if (!entry) return { data: undefined, raw: undefined, lineOf: () => 1 };
    const schema = schemaProblems(entry);
    problems.push(
      ...schema.problems,
      ...dateOrderProblems(entry, schema.data),
      ...quoteLanguageProblems(entry, schema.data),
    );
    // A field the schema refuses already has its message (a URL names its canonical form).
    const refused = new Set(schema.problems.map((problem) => problem.field));
    // A value can hold a refused character only as written (the file's scan found it) or as an escape (a \).
    const file = split.source.file;
    if (split.yaml.includes('\\') || fileCharacters.get(file)?.length) {
      valueCharacters.set(
        file,
        frontmatterCharacterProblems(file, entry.data, entry.lineOf).filter((p) => !refused.has(p.field)),
      );
    }
    return { data: schema.data, raw: entry.data, lineOf: entry.lineOf };
  });

  const checkedBodies = await bodyChecks.finish();
  const relational: RelationalEntry[] = [];
  const entries: CheckedEntry[] = [];
  splits.forEach((split, index) => {
    const { file, collection, id } = split.source;
    const body = checkedBodies[index]!;
    const toFileLine = (line: number | undefined) => (line === undefined ? undefined : split.bodyLine + line - 1);
    const bodyProblems = body.problems.map((p) => ({
      file,
      line: toFileLine(p.line),
      field: 'body',
      message: p.message,
      expected: p.expected,
    }));
    const frontmatterCharacters = valueCharacters.get(file) ?? [];
    problems.push(...bodyProblems);
    characters.push(
      ...frontmatterCharacters,
      ...withoutRepeats(fileCharacters.get(file) ?? [], [...frontmatterCharacters, ...bodyProblems]),
    );
    fileCharacters.delete(file);
    const bodyLinks = body.links.map((link) => ({ ...link, line: toFileLine(link.line) }));
    const { data, raw, lineOf } = parsed[index]!;
    entries.push({ file, collection, id, data, bodyLinks, corrections: body.corrections });
    // An entry whose frontmatter is broken still exists: references to it are not reported as missing too.
    relational.push({ file, collection, id, data: raw ?? {}, bodyLinks, lineOf });
  });
  // Files that could not be split report the characters of the file alone.
  for (const found of fileCharacters.values()) characters.push(...found);
  // A file that is too large, or has no usable frontmatter, is refused but still takes its id.
  const split = new Set(splits.map((entry) => entry.source));
  for (const { file, collection, id } of [...tree.files.filter((source) => !split.has(source)), ...tree.unread]) {
    relational.push({ file, collection, id, data: {}, bodyLinks: [], lineOf: () => 1 });
    entries.push({ file, collection, id, data: undefined, bodyLinks: [], corrections: [] });
  }
  problems.push(...relationProblems(relational));
  return { problems: [...characters, ...problems], entries };
}
