import { describe, expect, it } from 'vitest';
import type { EntryFile } from '../../src/lib/content-files.ts';
import { coverageProblems } from '../../src/lib/search-coverage.ts';

const contentFiles: EntryFile[] = [
  { file: 'content/quotes/thorny.mdx', collection: 'quotes', id: 'thorny' },
  { file: 'content/people/josh-earnest.mdx', collection: 'people', id: 'josh-earnest' },
];
const allPages = ['/', 'search/', 'quotes/', 'quotes/thorny/', 'people/josh-earnest/'];
const allRecords = ['/quotes/thorny/', '/people/josh-earnest/'];

describe('coverageProblems', () => {
  it('finds nothing when every content file has one page and one record', () => {
    expect(coverageProblems({ contentFiles, pages: allPages, records: allRecords })).toEqual([]);
  });

  it('names the content file whose page was not built', () => {
    expect(
      coverageProblems({ contentFiles, pages: allPages.filter((p) => p !== 'quotes/thorny/'), records: allRecords }),
    ).toEqual(['content/quotes/thorny.mdx: page: none at /quotes/thorny/ — exactly one page per content file']);
  });

  it('names the content file with no search record, and says why that usually happens', () => {
    expect(coverageProblems({ contentFiles, pages: allPages, records: ['/quotes/thorny/'] })).toEqual([
      'content/people/josh-earnest.mdx: search record: none for /people/josh-earnest/ (does its page mark its content with data-pagefind-body?) — exactly one search record per content file',
    ]);
  });

  it('names a page or record that appears twice', () => {
    expect(
      coverageProblems({
        contentFiles,
        pages: [...allPages, '/quotes/thorny/'],
        records: [...allRecords, '/people/josh-earnest/'],
      }),
    ).toEqual([
      'content/quotes/thorny.mdx: page: /quotes/thorny/ built 2 times — exactly one page per content file',
      'content/people/josh-earnest.mdx: search record: /people/josh-earnest/ indexed 2 times — exactly one search record per content file',
    ]);
  });

  it('names an entry page with no content file, and a record of a page that is not an entry', () => {
    expect(
      coverageProblems({ contentFiles, pages: [...allPages, 'letters/ghost/'], records: [...allRecords, '/search/'] }),
    ).toEqual([
      '/letters/ghost/: page: an entry page built once with no content file — every entry page comes from one file in content/',
      '/search/: search record: indexed once, but it is not an entry page — only entry pages are indexed',
    ]);
  });

  it('takes a site page shaped like an entry page (the signatory matrix) for the site’s own', () => {
    expect(
      coverageProblems({ contentFiles, pages: [...allPages, '/letters/signatories/'], records: allRecords }),
    ).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(coverageProblems({ contentFiles, pages: [], records: [] })).toHaveLength(4);
  });
});
