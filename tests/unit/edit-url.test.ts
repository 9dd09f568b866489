/** "Edit this page" links: only where a repository is configured, and only to an address the record accepts. */
import { describe, expect, it } from 'vitest';
import { editBase, editUrl } from '../../src/lib/edit-url.ts';

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
      'EDIT_URL: "http://git.example.org/" uses http, not https — an absolute https:// URL without credentials, not localhost or a private address, written exactly as a browser writes it back, at most 2,048 characters',
    );
  });
});
