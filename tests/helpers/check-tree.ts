/**
 * Runs the content check (no Astro build) over a copy of a fixture tree with some files written,
 * replaced or deleted, and returns the problems as the contributor sees them.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CheckOptions, checkContent, formatProblem, type Problem } from '../../src/lib/check/index.ts';
import { sortProblems } from '../../src/lib/check/problems.ts';
import { FIXTURES } from './fixture-site.ts';

export interface CheckedTree {
  root: string;
  problems: Problem[];
  /** Each problem formatted `file:line: field: found — accepted`, in report order. */
  lines: string[];
  entries: number;
}

/** Copies tests/fixtures/<fixture>/content to a temp folder, applies the edits (null deletes). */
export async function fixtureTree(
  edits: Record<string, string | Buffer | null> = {},
  fixture = 'valid',
): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `ept-check-${fixture}-`));
  await cp(path.join(FIXTURES, fixture, 'content'), path.join(root, 'content'), { recursive: true });
  for (const [file, text] of Object.entries(edits)) {
    const full = path.join(root, file);
    if (text === null) {
      await rm(full, { force: true, recursive: true });
    } else {
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, text);
    }
  }
  return root;
}

/** Checks the valid fixture with the given edits and removes the copy afterwards. */
export async function checkWith(
  edits: Record<string, string | Buffer | null>,
  options: CheckOptions & { fixture?: string } = {},
): Promise<CheckedTree> {
  const root = await fixtureTree(edits, options.fixture);
  try {
    const { problems, entries } = await checkContent(root, 'content', options);
    return { root, problems, lines: sortProblems(problems).map(formatProblem), entries: entries.length };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** A valid fixture file as it is, e.g. `fixtureText('content/quotes/fixture-letter-line.mdx')`. */
export function fixtureText(file: string, fixture = 'valid'): string {
  return readFileSync(path.join(FIXTURES, fixture, file), 'utf8');
}

/** The edit that replaces `from` with `to` in a valid fixture file; throws if `from` is not there. */
export function change(file: string, from: string, to: string): Record<string, string> {
  const text = fixtureText(file);
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  return { [file]: text.replace(from, to) };
}
