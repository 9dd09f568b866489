/**
 * `astro build` alone writes the search index, with one record per entry page and nothing else,
 * whose excerpts are the entries' prose; and the build fails, naming the entries, when a content
 * file lacks its page or its record.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWrittenRecords } from '../../src/integrations/pagefind-records.ts';
import { type BuiltSearch, builtSearch } from '../helpers/built-search.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const ENTRY_PAGES = [
  '/jurisdictions/nl/',
  '/letters/fixture-letter-2020/',
  '/organisations/fixture-ministry/',
  '/organisations/fixture-police/',
  '/organisations/fixture-rights-group/',
  '/organisations/fixture-tech-company/',
  '/people/fixture-minister/',
  '/positions/fixture-nl-2019/',
  '/positions/fixture-nl-2020-06/',
  '/quotes/fixture-letter-line/',
  '/quotes/fixture-minister-quote/',
  '/sources/fixture-news-2020/',
];

describe('a build of the valid fixture', () => {
  let site: FixtureSite;
  let output = '';

  beforeAll(async () => {
    site = await createFixtureSite('valid');
    const result = site.build();
    output = result.output;
    expect(result.status, result.output).toBe(0);
  });

  /** The built index, searched as the search page does; started by the first test to search. */
  let built: BuiltSearch | undefined;
  const search: BuiltSearch['search'] = async (term, options) =>
    (built ??= await builtSearch(path.join(site.root, 'dist'))).search(term, options);

  afterAll(async () => {
    await built?.close();
    await site?.remove();
  });

  const records = () => readWrittenRecords(path.join(site.root, 'dist/pagefind'));

  it('writes the Pagefind index and says so', async () => {
    expect(await readFile(path.join(site.root, 'dist/pagefind/pagefind.js'), 'utf8')).toContain('search');
    expect(output).toMatch(
      /12 entries indexed \(of \d+ pages read\) into dist\/pagefind\/.*every content file has one page and one search record/,
    );
  });

  it('indexes every entry page and no other page', async () => {
    expect(
      records()
        .map((record) => record.url)
        .sort(),
    ).toEqual(ENTRY_PAGES);
  });

  it("indexes a quote's words, speaker, kind, date and filters", async () => {
    const quote = records().find((record) => record.url === '/quotes/fixture-minister-quote/')!;
    expect(quote.meta).toMatchObject({
      title: 'Fixture Minister: “We will find a balance between security and privacy”',
      kind: 'Quote',
      date: '2020-06-01',
      stance: 'mixed',
      words: 'We will find a balance between security and privacy',
      speaker: 'Fixture Minister',
    });
    expect(quote.filters).toEqual({
      kind: ['quote'],
      stance: ['mixed'],
      jurisdiction: ['nl'],
      year: ['2020'],
      actor: ['fixture-minister'],
    });
  });

  it("gives excerpts of the entry's own prose, without its facts table run together", async () => {
    // The source page shows its facts table, so an excerpt free of its labels means they are not indexed.
    const page = await site.read('/sources/fixture-news-2020/');
    expect(page).toMatch(
      /<dl class="facts"[^>]*>\s*<dt>Publisher<\/dt>\s*<dd>Fixture News<\/dd>\s*<dt>Published<\/dt>/,
    );
    // "publisher" is both a facts label and a word of the body's correction.
    const [source, ...others] = await search('publisher');
    expect(others).toEqual([]);
    expect(source!.url).toBe('/sources/fixture-news-2020/');
    expect(source!.excerpt).toContain('A fixture source. Correction, 2 January 2021:');
    expect(source!.excerpt).toContain('An earlier version gave the wrong <mark>publisher.</mark>');
    for (const fact of ['Publisher', 'Published', 'Type', 'News report', 'A. Reporter', 'news.example.org'])
      expect(source!.excerpt).not.toContain(fact);
  });

  it("keeps a quote's words and its body as search text, and its facts out", async () => {
    const quote = '/quotes/fixture-minister-quote/';
    expect((await search('balance')).map((result) => result.url)).toEqual([quote]);
    expect((await search('"find a balance between security"')).map((result) => result.url)).toEqual([quote]);
    // Its body's word: the excerpt runs from the words to the body, past where the facts table is.
    const line = (await search('line')).find((result) => result.url === '/quotes/fixture-letter-line/');
    expect(line?.excerpt).toContain('Encryption keeps everyone safe. A <mark>line</mark> from the fixture letter.');
    for (const fact of ['— Fixture Rights Group', 'Stance', 'From the letter', 'Fixture letter to the minister'])
      expect(line?.excerpt).not.toContain(fact);
    // Filters come from the search record, not from the facts: a filter alone still finds the quote.
    expect((await search(null, { filters: { kind: 'quote', stance: 'mixed' } })).map((result) => result.url)).toEqual([
      quote,
    ]);
  });

  it("keeps an entry's kind, date, stance and sources out of its search text", async () => {
    // The quote shows its date in words and cites the fixture news report.
    const quote = await site.read('/quotes/fixture-minister-quote/');
    expect(quote).toMatch(
      /<p class="entry-meta" data-pagefind-ignore>[\s\S]*?June 2020[\s\S]*?Mixed on mandated access/,
    );
    expect(quote).toMatch(
      /<section aria-labelledby="sources-heading" data-pagefind-ignore>[\s\S]*?Fixture news report/,
    );
    // Only a title says "June": a position's names its date. The quote's date and the source's are
    // in their header, facts and source lists alone.
    expect((await search('june')).map((result) => result.url)).toEqual(['/positions/fixture-nl-2020-06/']);
    // A source's headline finds the source, not every entry that cites it.
    expect((await search('report')).map((result) => result.url)).toEqual(['/sources/fixture-news-2020/']);
    // An excerpt starts with the entry's words, not with its kind, date and stance.
    const [minister] = await search('balance');
    expect(minister!.excerpt).not.toMatch(/Quote|June|Mixed/);
  });

  it('finds an organisation by its other name and a source by its author, words only their facts show', async () => {
    const ministry = await site.read('/organisations/fixture-ministry/');
    expect(ministry).toMatch(/<dl class="facts" data-pagefind-ignore>[\s\S]*?FMJ/);
    const [found, ...others] = await search('FMJ');
    expect(others).toEqual([]);
    expect(found!.url).toBe('/organisations/fixture-ministry/');
    // Found through the search record's meta; the excerpt is still the entry's own prose.
    expect(found!.excerpt).not.toContain('FMJ');
    expect((await search('reporter')).map((result) => result.url)).toEqual(['/sources/fixture-news-2020/']);
  });

  it('leaves navigation, backlinks and derived lists out of the indexed text', async () => {
    const letter = await readFile(path.join(site.root, 'dist/letters/fixture-letter-2020/index.html'), 'utf8');
    const body = letter.slice(letter.indexOf('<article data-pagefind-body'), letter.indexOf('</article>'));
    expect(body).not.toContain('class="site-nav"');
    expect(letter.slice(letter.indexOf('</article>'))).toMatch(/<section class="backlinks"[^>]*data-pagefind-ignore/);
  });

  it('lists every filter value with its label and count on the search page', async () => {
    // Netherlands: the jurisdiction itself, the letter, two organisations, the minister, two positions and one quote.
    const html = await site.read('/search/');
    expect(html).toMatch(
      /<input type="checkbox" name="jurisdiction" value="nl">\s*<span class="facet-label">Netherlands<\/span>\s*<span class="facet-count"><span data-count>8<\/span>/,
    );
    expect(html).toMatch(
      /name="actor" value="fixture-rights-group">\s*<span class="facet-label">Fixture Rights Group<\/span>/,
    );
    expect(html).toContain('<noscript>');
  });

  it('writes every value of the people-and-organisations filter, by name with its total, for the search page to load', async () => {
    const values = JSON.parse(await site.read('/search/values/actor.json')) as [string, string, number][];
    expect(values.map(([value]) => value).sort()).toEqual([
      'fixture-minister',
      'fixture-ministry',
      'fixture-police',
      'fixture-rights-group',
      'fixture-tech-company',
    ]);
    expect(values.map(([, label]) => label)).toEqual(
      [...values.map(([, label]) => label)].sort((a, b) => a.localeCompare(b, 'en')),
    );
    // Itself, the letter it signed and the quote it said.
    expect(values.find(([value]) => value === 'fixture-rights-group')).toEqual([
      'fixture-rights-group',
      'Fixture Rights Group',
      3,
    ]);
  });

  it('gives a dated entry one sort key, its first day, and an undated entry none', async () => {
    const sortKeys = async (page: string) =>
      [...(await site.read(page)).matchAll(/<data value="([^"]*)" data-pagefind-sort="([^"]*)"/g)].map(
        (match) => `${match[2]}=${match[1]}`,
      );
    expect(await sortKeys('/quotes/fixture-minister-quote/')).toEqual(['date[value]=2020-06-01']);
    expect(await sortKeys('/people/fixture-minister/')).toEqual([]);
    expect(await sortKeys('/organisations/fixture-police/')).toEqual([]);
  });

  it('gives entry pages no search script but the search box’s own', async () => {
    const html = await site.read('/quotes/fixture-minister-quote/');
    // The JSON-LD block is data, never run; the other script is the citation's copy buttons.
    const scripts = [...html.matchAll(/<script[^>]*>/g)]
      .map((match) => match[0])
      .filter((script) => script !== '<script type="application/ld+json">');
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/^<script type="module" src="\/_astro\/SearchBox\.[^"]+\.js">$/);
    expect(scripts[1]).toMatch(/^<script type="module" src="\/_astro\/CiteEntry\.[^"]+\.js">$/);
    expect(html).not.toContain('/pagefind/');
  });
});

describe('nothing lost', () => {
  it('fails the build, naming each entry, when a page has no search record or a non-entry page has one', async () => {
    const site = await createFixtureSite('valid');
    try {
      const entryPage = path.join(site.root, 'src/pages/[collection]/[id].astro');
      const template = await readFile(entryPage, 'utf8');
      expect(template).toContain('<article data-pagefind-body>');
      await site.edit({
        // Sources lose their data-pagefind-body, so Pagefind skips them.
        'src/pages/[collection]/[id].astro': template.replace(
          '<article data-pagefind-body>',
          "<article {...(entry.collection === 'sources' ? {} : { 'data-pagefind-body': '' })}>",
        ),
        // Pagefind reads entry-shaped pages only (dist/<collection>/<id>/), so a stray page among them.
        'src/pages/letters/stray.astro':
          '<html lang="en"><head><title>Stray</title></head><body><main data-pagefind-body><h1>Stray</h1><p>Not an entry.</p></main></body></html>',
      });
      const result = site.build();
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(
        'content/sources/fixture-news-2020.mdx: search record: none for /sources/fixture-news-2020/',
      );
      expect(result.output).toContain('/letters/stray/: search record: indexed once, but it is not an entry page');
      expect(result.output).not.toContain('content/quotes/fixture-minister-quote.mdx:');
    } finally {
      await site.remove();
    }
  });
});
