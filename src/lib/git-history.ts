/**
 * When each content file last changed, from one `git log` over the content folder — not one git
 * process per page, which at 10,000 entries would cost minutes. `gitDates` runs git; the functions
 * it parses git's output with are exported for the tests.
 *
 * Shallow clones: a clone cut at depth N marks its oldest commits as grafted, and git lists every
 * file of a grafted commit as if it were added there. A file whose newest listing is a grafted
 * commit may have changed there or long before: its date is unknown, never guessed.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** `git rev-parse` arguments whose three lines of output `parseRevParse` reads. */
const REV_PARSE_ARGS = ['rev-parse', '--is-shallow-repository', '--show-prefix', '--git-path', 'shallow'];

/** `git log` arguments, before `-- <content folder>`: a record separator, the hash and the commit date, then the files. */
const LOG_ARGS = ['log', '--format=%x1e%H%x1f%cs', '--name-only', '--relative', '--no-color'];

interface RepositoryState {
  shallow: boolean;
  /** The project folder's path inside the repository, `''` at its top, else ending in `/`. */
  prefix: string;
  /** The file listing the grafted commits of a shallow clone, relative to where git ran. */
  shallowFile: string;
}

export function parseRevParse(output: string): RepositoryState {
  const [shallow = '', prefix = '', shallowFile = ''] = output.split('\n');
  return { shallow: shallow.trim() === 'true', prefix: prefix.trim(), shallowFile: shallowFile.trim() };
}

/** The commit hashes in a `.git/shallow` file. */
export function parseShallowFile(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
}

/**
 * Maps each file in the log to the date (YYYY-MM-DD) of the newest commit that changed it, or to
 * `null` when that commit is grafted (a shallow clone's boundary) and the true date is unknown.
 */
export function lastChangeDates(log: string, grafted: ReadonlySet<string> = new Set()): Map<string, string | null> {
  const dates = new Map<string, string | null>();
  for (const record of log.split('\x1e')) {
    const [header = '', ...files] = record.split('\n');
    const [hash, date] = header.split('\x1f');
    if (!hash || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    const known = grafted.has(hash) ? null : date;
    for (const file of files) {
      // git lists commits newest first: the first listing of a file is its last change.
      if (file && !dates.has(file)) dates.set(file, known);
    }
  }
  return dates;
}

const run = promisify(execFile);

/** Dates from git; empty, with the reason, when git cannot say. */
export async function gitDates(
  root: string,
  contentDir: string,
): Promise<{ prefix: string; dates: Map<string, string | null>; note?: string }> {
  let state;
  try {
    state = parseRevParse((await run('git', REV_PARSE_ARGS, { cwd: root })).stdout);
  } catch {
    return { prefix: '', dates: new Map(), note: 'not a git checkout (or git is missing): no "Last updated" dates' };
  }
  const grafted = state.shallow
    ? parseShallowFile(await readFile(path.resolve(root, state.shallowFile), 'utf8').catch(() => ''))
    : new Set<string>();
  const { stdout } = await run('git', [...LOG_ARGS, '--', contentDir], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
  const dates = lastChangeDates(stdout, grafted);
  const unknown = [...dates.values()].filter((date) => date === null).length;
  const note = state.shallow
    ? `shallow clone: ${unknown} files last changed at or before its oldest commit show no date (clone with full history to date them)`
    : undefined;
  return note ? { prefix: state.prefix, dates, note } : { prefix: state.prefix, dates };
}
