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

describe('in a git checkout with EDIT_URL set', () => {
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
});

describe('outside git, with no repository configured', () => {
  it('shows neither a date nor an edit link', async () => {
    const site = await createFixtureSite('valid');
    sites.push(site);
    const result = site.build({ EDIT_URL: '' });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('not a git checkout (or git is missing): no "Last updated" dates');
    const html = await site.read('/quotes/fixture-minister-quote/');
    expect(html).not.toContain('Last updated');
    expect(html).not.toContain('Edit this page');
    expect(html).not.toMatch(/<footer class="entry-history/);
  });
});
