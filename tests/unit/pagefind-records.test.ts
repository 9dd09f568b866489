/** Reads records back from a real Pagefind index built in memory by the installed Pagefind. */
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { readIndexedRecords } from '../../src/integrations/pagefind-records.ts';

afterAll(() => pagefind.close());

const page = (body: string) => `<!doctype html><html lang="en"><body><nav>Site</nav>${body}</body></html>`;

describe('readIndexedRecords', () => {
  it('lists the pages that became records, with their meta and filters, and not the pages Pagefind left out', async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    await index!.addHTMLFile({
      sourcePath: 'quotes/thorny/index.html',
      content: page(`<article data-pagefind-body><h1>Thorny</h1><p>A thorny policy challenge.</p>
        <data value="Quote" data-pagefind-meta="kind[value]"></data>
        <data value="josh-earnest" data-pagefind-filter="actor[value]"></data>
        <data value="white-house" data-pagefind-filter="actor[value]"></data></article>`),
    });
    // Once any page has data-pagefind-body, pages without it are not indexed.
    await index!.addHTMLFile({
      sourcePath: 'about/index.html',
      content: page('<main><h1>About</h1><p>Not an entry.</p></main>'),
    });
    const { files } = await index!.getFiles();

    expect(readIndexedRecords(files)).toEqual([
      {
        url: '/quotes/thorny/',
        meta: { title: 'Thorny', kind: 'Quote' },
        filters: { actor: ['josh-earnest', 'white-house'] },
      },
    ]);
  });

  it('refuses a fragment it cannot read rather than miscounting', async () => {
    const { gzipSync } = await import('node:zlib');
    const files = [{ path: 'fragment/en_1.pf_fragment', content: new Uint8Array(gzipSync('{"url":"/x/"}')) }];
    expect(() => readIndexedRecords(files)).toThrow(/not a Pagefind fragment/);
  });
});
