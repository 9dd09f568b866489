/** Reads records back from a real Pagefind index written by the installed Pagefind. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { readWrittenRecords } from '../../src/integrations/pagefind-records.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ept-pagefind-'));
});
afterAll(async () => {
  await pagefind.close();
  await rm(dir, { recursive: true, force: true });
});

const page = (body: string) => `<!doctype html><html lang="en"><body><nav>Site</nav>${body}</body></html>`;

describe('readWrittenRecords', () => {
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
    const outputPath = path.join(dir, 'pagefind');
    expect((await index!.writeFiles({ outputPath })).errors).toEqual([]);

    expect(readWrittenRecords(outputPath)).toEqual([
      {
        url: '/quotes/thorny/',
        meta: { title: 'Thorny', kind: 'Quote' },
        filters: { actor: ['josh-earnest', 'white-house'] },
      },
    ]);
  });

  it('refuses a fragment it cannot read rather than miscounting', async () => {
    const outputPath = path.join(dir, 'broken');
    await mkdir(path.join(outputPath, 'fragment'), { recursive: true });
    await writeFile(path.join(outputPath, 'fragment/en_1.pf_fragment'), gzipSync('{"url":"/x/"}'));
    expect(() => readWrittenRecords(outputPath)).toThrow(/en_1\.pf_fragment is not a Pagefind fragment/);
  });
});
