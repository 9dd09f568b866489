/**
 * Entry pages end with "Last updated" (from git) and "Edit this page" (when a repository is
 * configured), and with neither when the site knows neither — never an invented date or address.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const sites: FixtureSite[] = [];
afterAll(() => Promise.all(sites.map((site) => site.remove())));

describe('in a git checkout with EDIT_URL set and a GitHub repository', () => {
  let site: FixtureSite;

  beforeAll(async () => {
    site = await createFixtureSite('valid');
    sites.push(site);
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
        cwd: site.root,
        env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
      });
    git(['init', '-q'], '2024-05-06');
    git(['add', 'content'], '2024-05-06');
    git(['commit', '-q', '-m', 'content'], '2024-05-06');
    const quote = path.join(site.root, 'content/quotes/fixture-letter-line.mdx');
    await writeFile(quote, (await readFile(quote, 'utf8')).replace('A line from the', 'A corrected line from the'));
    git(['commit', '-q', '-a', '-m', 'correct a quote'], '2025-01-31');
    // The repository the issue-form links are built from ("Edit this page" follows EDIT_URL first).
    const packageFile = path.join(site.root, 'package.json');
    const packageJson = JSON.parse(await readFile(packageFile, 'utf8')) as Record<string, unknown>;
    await writeFile(packageFile, JSON.stringify({ ...packageJson, repository: 'github:example/tracker' }));
    const result = site.build({ EDIT_URL: 'https://git.example.org/tracker/edit/main/' });
    expect(result.status, result.output).toBe(0);
  });

  it('dates each page by the last commit of its file', async () => {
    expect(await site.read('/quotes/fixture-minister-quote/')).toMatch(
      /<p[^>]*>Last updated <time datetime="2024-05-06">6 May 2024<\/time><\/p>/,
    );
    expect(await site.read('/quotes/fixture-letter-line/')).toMatch(
      /<p[^>]*>Last updated <time datetime="2025-01-31">31 January 2025<\/time><\/p>/,
    );
  });

  it('links to the file for editing', async () => {
    expect(await site.read('/people/fixture-minister/')).toMatch(
      /<a href="https:\/\/git\.example\.org\/tracker\/edit\/main\/content\/people\/fixture-minister\.mdx"[^>]*>Edit this page<\/a>/,
    );
  });

  it('links to the error form with the entry filled in, and to the forms from the about and 404 pages', async () => {
    const html = await site.read('/people/fixture-minister/');
    const link = /<a href="([^"]+)"[^>]*>Report an error in this entry<\/a>/.exec(html);
    const url = new URL(link![1]!.replaceAll('&amp;', '&'));
    expect(url.origin + url.pathname).toBe('https://github.com/example/tracker/issues/new');
    expect(url.searchParams.get('template')).toBe('report-error.yml');
    expect(url.searchParams.get('entry')).toBe('people/fixture-minister');
    expect(url.searchParams.get('title')).toMatch(/^Error: \S/);
    const about = await site.read('/about/');
    expect(about).toContain('href="https://github.com/example/tracker/issues/new?template=suggest-quote.yml"');
    expect(about).toContain(
      'href="https://github.com/example/tracker/issues/new?template=suggest-letter-or-position.yml"',
    );
    expect(await site.read('/404.html')).toContain(
      'href="https://github.com/example/tracker/issues/new?template=report-error.yml"',
    );
  });
});

describe('outside git, with no repository configured', () => {
  it('shows neither a date nor an edit link nor a link to the issue forms', async () => {
    const site = await createFixtureSite('valid');
    sites.push(site);
    const result = site.build({ EDIT_URL: '' });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('not a git checkout (or git is missing): no "Last updated" dates');
    const html = await site.read('/quotes/fixture-minister-quote/');
    expect(html).not.toContain('Last updated');
    expect(html).not.toContain('Edit this page');
    expect(html).not.toContain('Report an error');
    expect(await site.read('/about/')).not.toContain('issues/new');
    expect(html).not.toMatch(/<footer class="entry-history/);
  });
});
