/**
 * The content check: reads the whole tree and reports every problem at once, each naming the file,
 * the line, the field, what was found and what is accepted. Run by `npm run check` and, before
 * anything is written, by every build (src/integrations/content-check.ts).
 */
import { findUnsafeMdx } from '../../plugins/mdx-guard.ts';
import { type BodyLink, findBodyLinks } from '../body-links.ts';
import type { CollectionName } from '../collections.ts';
import { compareDates } from '../dates.ts';
import { parseMdxBody } from '../mdx-body.ts';
import { parseEntry, type ParsedEntry } from './parse-entry.ts';
import type { Problem } from './problems.ts';
import { readContentTree } from './read-tree.ts';
import { type RelationalEntry, relationProblems } from './relations.ts';
import { schemaProblems } from './schema-problems.ts';

export { formatProblem, formatReport, type Problem } from './problems.ts';

export interface CheckedEntry {
  file: string;
  collection: CollectionName;
  id: string;
  /** Schema-validated frontmatter (undefined when it had problems). */
  data: unknown;
  bodyLinks: BodyLink[];
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

function bodyProblems(entry: ParsedEntry): { links: BodyLink[]; problems: Problem[] } {
  const file = entry.source.file;
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : entry.bodyLine + line - 1);
  let tree;
  try {
    tree = parseMdxBody(entry.body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return {
      links: [],
      problems: [{ file, line: toFileLine(line), field: 'body', message: `is not valid MDX: ${reason ?? String(error)}`, expected: 'Markdown text; a literal < or { must be escaped as \\< or \\{' }],
    };
  }
  const problems: Problem[] = findUnsafeMdx(tree).map((p) => ({ file, line: toFileLine(p.line), field: 'body', message: p.message, expected: p.hint }));
  const { links, badPaths } = findBodyLinks(tree);
  for (const bad of badPaths) {
    problems.push({ file, line: toFileLine(bad.line), field: 'body', message: `the link ${bad.url} ${bad.reason}`, expected: 'an https:// URL, or a site path such as /people/josh-earnest/' });
  }
  return { links: links.map((link) => ({ ...link, line: toFileLine(link.line) })), problems };
}

/** A role that ends before it starts. */
function roleProblems(entry: ParsedEntry): Problem[] {
  const roles = entry.data.roles;
  if (entry.source.collection !== 'people' || !Array.isArray(roles)) return [];
  return roles.flatMap((role: { from?: unknown; to?: unknown }, index) =>
    typeof role?.from === 'string' && typeof role?.to === 'string' && compareDates(role.to, role.from) < 0
      ? [{ file: entry.source.file, line: entry.lineOf(['roles', index, 'to']), field: `roles[${index}].to`, message: `${role.to} is before from: ${role.from}`, expected: 'an end date on or after the start date' }]
      : [],
  );
}

export async function checkContent(projectRoot: string, contentDir = 'content'): Promise<CheckResult> {
  const tree = await readContentTree(projectRoot, contentDir);
  const problems: Problem[] = [...tree.problems];
  const entries: CheckedEntry[] = [];
  const relational: RelationalEntry[] = [];

  for (const source of tree.files) {
    const parsed = parseEntry(source);
    problems.push(...parsed.problems);
    const entry = parsed.entry;
    if (!entry) continue;
    const schema = schemaProblems(entry);
    const body = bodyProblems(entry);
    problems.push(...schema.problems, ...body.problems, ...roleProblems(entry));
    entries.push({ file: source.file, collection: source.collection, id: source.id, data: schema.data, bodyLinks: body.links });
    relational.push({ file: source.file, collection: source.collection, id: source.id, data: entry.data, bodyLinks: body.links, lineOf: entry.lineOf });
  }
  problems.push(...relationProblems(relational));
  return { problems, entries };
}
