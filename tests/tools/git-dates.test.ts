/**
 * "Last updated" dates from real git repositories: one `git log` per build, and dates left out rather
 * than guessed outside a repository, for files git does not know, and in a shallow clone for files
 * whose newest listing is the clone's boundary.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitDates } from '../../src/lib/git-history.ts';

describe('git dates from real repositories', () => {
  let base: string;
  let origin: string;
  const git = (cwd: string, args: string[], date?: string) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args],
      {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}),
        },
      },
    );
  const commit = async (files: Record<string, string>, date: string) => {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(origin, file)), { recursive: true });
      await writeFile(path.join(origin, file), text);
    }
    git(origin, ['add', '-A']);
    git(origin, ['commit', '-q', '-m', `change on ${date}`], date);
  };
  const clone = (depth: number) => {
    const target = path.join(base, `clone-${depth}`);
    git(base, ['clone', '-q', '--depth', String(depth), `file://${origin}`, target]);
    return target;
  };

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'ept-git-'));
    origin = path.join(base, 'origin');
    await mkdir(origin);
    git(origin, ['init', '-q']);
    await commit({ 'content/quotes/a.mdx': '1', 'content/quotes/b.mdx': '1', 'README.md': 'x' }, '2020-01-01');
    await commit({ 'content/quotes/b.mdx': '2' }, '2021-02-02');
    await commit({ 'content/quotes/a.mdx': '3', 'README.md': 'y' }, '2022-03-03');
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('a full clone dates every content file, and nothing outside the content folder', async () => {
    const { dates, note } = await gitDates(origin, 'content');
    expect(Object.fromEntries(dates)).toEqual({
      'content/quotes/a.mdx': '2022-03-03',
      'content/quotes/b.mdx': '2021-02-02',
    });
    expect(note).toBeUndefined();
  });

  it('a clone of depth 2 dates what changed in its newer commit, and no other file', async () => {
    const { dates, note } = await gitDates(clone(2), 'content');
    expect(Object.fromEntries(dates)).toEqual({ 'content/quotes/a.mdx': '2022-03-03', 'content/quotes/b.mdx': null });
    expect(note).toBe(
      'shallow clone: 1 files last changed at or before its oldest commit show no date (clone with full history to date them)',
    );
  });

  it('a clone of depth 1 dates nothing, since its one commit may not be where any file last changed', async () => {
    const { dates } = await gitDates(clone(1), 'content');
    expect(Object.fromEntries(dates)).toEqual({ 'content/quotes/a.mdx': null, 'content/quotes/b.mdx': null });
  });

  it('a project in a subfolder of its repository gets its prefix for edit links', async () => {
    await commit({ 'site/content/quotes/c.mdx': '1' }, '2023-04-04');
    const { prefix, dates } = await gitDates(path.join(origin, 'site'), 'content');
    expect(prefix).toBe('site/');
    expect(Object.fromEntries(dates)).toEqual({ 'content/quotes/c.mdx': '2023-04-04' });
  });

  it('outside a repository: no dates, and a note saying why', async () => {
    const { dates, note } = await gitDates(base, 'content');
    expect(dates.size).toBe(0);
    expect(note).toBe('not a git checkout (or git is missing): no "Last updated" dates');
  });
});
