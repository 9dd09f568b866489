/**
 * Links to the issue forms: only for a repository on GitHub, to a form that exists, with every
 * prefilled value escaped as a query parameter so it stays the value of its own field.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_FORMS,
  ISSUE_TEMPLATE_DIR,
  issueFormUrl,
  newIssueBase,
  reportErrorUrl,
} from '../../src/lib/issue-forms.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

describe('newIssueBase', () => {
  it.each([
    ['github:example/tracker', 'https://github.com/example/tracker/issues/new'],
    [
      { type: 'git', url: 'git+https://github.com/example/tracker.git' },
      'https://github.com/example/tracker/issues/new',
    ],
    ['git@github.com:example/tracker.git', 'https://github.com/example/tracker/issues/new'],
    ['https://gitlab.com/example/tracker', undefined],
    [undefined, undefined],
  ])('%j → %s', (repository, base) => {
    expect(newIssueBase(repository)).toBe(base);
  });
});

describe('form links', () => {
  const base = 'https://github.com/example/tracker/issues/new';

  it('name a form that exists in .github/ISSUE_TEMPLATE/', () => {
    for (const form of Object.values(ISSUE_FORMS))
      expect(existsSync(path.join(PROJECT_ROOT, ISSUE_TEMPLATE_DIR, form)), form).toBe(true);
    expect(issueFormUrl(base, ISSUE_FORMS.quote)).toBe(`${base}?template=suggest-quote.yml`);
  });

  it('"Report an error in this entry" fills in the entry and the title', () => {
    expect(reportErrorUrl(base, 'quotes', 'comey-going-dark', 'James Comey: “Going dark”')).toBe(
      `${base}?template=report-error.yml&entry=quotes%2Fcomey-going-dark&title=Error%3A+James+Comey%3A+%E2%80%9CGoing+dark%E2%80%9D`,
    );
  });

  it('keeps a hostile title inside its own parameter', () => {
    const url = new URL(reportErrorUrl(base, 'letters', 'x', 'A & B #1 ?template=evil.yml&entry=people/y'));
    expect([...url.searchParams.keys()]).toEqual(['template', 'entry', 'title']);
    expect(url.searchParams.get('template')).toBe('report-error.yml');
    expect(url.searchParams.get('entry')).toBe('letters/x');
    expect(url.searchParams.get('title')).toBe('Error: A & B #1 ?template=evil.yml&entry=people/y');
    expect(url.hash).toBe('');
  });
});
