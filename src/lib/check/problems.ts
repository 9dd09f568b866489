/**
 * A problem a contributor can fix, and how it is printed: `file:line: field: what was found — what is accepted`.
 */
import { escapeInvisible } from '../shown-value.ts';

export interface Problem {
  /** Path relative to the project root, e.g. `content/quotes/ansip-no-plans-for-back-doors.mdx`. */
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** What would be accepted, or how to fix it. */
  expected?: string;
}

/**
 * A frontmatter path as a field name: `['roles', 0, 'title']` is `roles[0].title`. A contributor's
 * misspelt field name is printed too, so invisible characters in it are written as escapes.
 */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => {
    if (typeof part === 'number') return `${name}[${part}]`;
    const key = escapeInvisible(String(part));
    return name ? `${name}.${key}` : key;
  }, '');
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  const expected = problem.expected ? ` — ${problem.expected}` : '';
  return `${where}: ${field}${problem.message}${expected}`;
}

/** Orders problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

export function formatReport(problems: Problem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const heading = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
  return [heading, ...sortProblems(problems).map(formatProblem)].join('\n');
}
