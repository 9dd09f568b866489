/**
 * "Last updated" dates come from one `git log` per build, and are left out rather than guessed:
 * outside a repository, for files git does not know, and in a shallow clone for files whose newest
 * listing is the clone's boundary. "Edit this page" links only where a repository is configured.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitDates } from '../../src/lib/git-history.ts';
import { editBase, editUrl } from '../../src/lib/edit-url.ts';
import { lastChangeDates, parseRevParse, parseShallowFile } from '../../src/lib/git-history.ts';

describe('parsing git log', () => {
  const log = [
    '\x1eccc\x1f2022-03-03',
    '',
    'content/quotes/a.mdx',
    '',
    '\x1ebbb\x1f2021-02-02',
    '',
    'content/quotes/b.mdx',
    'content/quotes/a.mdx',
    '',
    '\x1eaaa\x1f2020-01-01',
    '',
    'content/quotes/a.mdx',
    'content/quotes/b.mdx',
    'content/people/c.mdx',
    '',
  ].join('\n');

  it('dates each file by the newest commit that lists it', () => {
    expect(Object.fromEntries(lastChangeDates(log))).toEqual({
      'content/quotes/a.mdx': '2022-03-03',
      'content/quotes/b.mdx': '2021-02-02',
      'content/people/c.mdx': '2020-01-01',
    });
  });

  it('leaves a file unknown (null) when its newest listing is a grafted commit', () => {
    expect(Object.fromEntries(lastChangeDates(log, new Set(['bbb'])))).toEqual({
      'content/quotes/a.mdx': '2022-03-03',
      'content/quotes/b.mdx': null,
      'content/people/c.mdx': '2020-01-01',
    });
  });

  it('reads an empty log (no commits yet) as no dates', () => {
    expect(lastChangeDates('').size).toBe(0);
  });

  it('reads rev-parse and the shallow file', () => {
    expect(parseRevParse('true\nsite/\n../.git/shallow\n')).toEqual({
      shallow: true,
      prefix: 'site/',
      shallowFile: '../.git/shallow',
    });
    expect(parseRevParse('false\n\n.git/shallow\n')).toEqual({
      shallow: false,
      prefix: '',
      shallowFile: '.git/shallow',
    });
    expect([...parseShallowFile('aaa\nbbb\n')]).toEqual(['aaa', 'bbb']);
  });
});

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

describe('edit links', () => {
  it('are off until the site is told where its files are', () => {
    expect(editBase({}, undefined)).toEqual({});
  });

  it('follow EDIT_URL, for any host', () => {
    expect(editBase({ EDIT_URL: 'https://git.example.org/record/-/edit/main' }, undefined)).toEqual({
      base: 'https://git.example.org/record/-/edit/main/',
    });
    expect(editUrl('https://git.example.org/record/-/edit/main/', 'site/content/quotes/a.mdx')).toBe(
      'https://git.example.org/record/-/edit/main/site/content/quotes/a.mdx',
    );
  });

  it.each([
    ['github:example/tracker', 'https://github.com/example/tracker/edit/main/'],
    ['example/tracker', 'https://github.com/example/tracker/edit/main/'],
    ['https://github.com/example/tracker', 'https://github.com/example/tracker/edit/main/'],
    [
      { type: 'git', url: 'git+https://github.com/example/tracker.git' },
      'https://github.com/example/tracker/edit/main/',
    ],
    ['git@github.com:example/tracker.git', 'https://github.com/example/tracker/edit/main/'],
    ['https://gitlab.com/example/tracker', undefined],
  ])('follow package.json repository on GitHub: %j', (repository, base) => {
    const result = editBase({}, repository);
    if (base) expect(result).toEqual({ base });
    else expect(result.problem).toMatch(/is not a GitHub repository — set EDIT_URL/);
  });

  it('use EDIT_BRANCH, branch names with slashes included', () => {
    expect(editBase({ EDIT_BRANCH: 'record/live' }, 'github:example/tracker')).toEqual({
      base: 'https://github.com/example/tracker/edit/record/live/',
    });
  });

  it('refuse an EDIT_URL the record would refuse', () => {
    expect(editBase({ EDIT_URL: 'http://git.example.org/' }, undefined).problem).toBe(
      'EDIT_URL: "http://git.example.org/" uses http, not https — an absolute https:// URL without credentials, not localhost or a private address',
    );
  });
});
