/**
 * Builds the small valid fixture tree and reads the HTML: a page per entry and collection, the
 * links each page makes, and the backlinks on the pages they point at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { expectInOrder, htmlBetween } from '../helpers/html.ts';

let site: FixtureSite;
let buildOutput = '';

beforeAll(async () => {
  site = await createFixtureSite('valid');
  const result = site.build();
  buildOutput = result.output;
  expect(result.status, result.output).toBe(0);
});

afterAll(() => site?.remove());

/** The hrefs inside the element that follows the given heading text. */
function section(html: string, heading: string): string {
  return htmlBetween(html, `>${heading}</h`, '</section>');
}

describe('pages', () => {
  it.each([
    '/',
    '/about/',
    '/corrections/',
    '/letters/',
    '/quotes/',
    '/positions/',
    '/people/',
    '/organisations/',
    '/jurisdictions/',
    '/sources/',
    '/letters/fixture-letter-2020/',
    '/quotes/fixture-minister-quote/',
    '/quotes/fixture-letter-line/',
    '/positions/fixture-nl-2019/',
    '/positions/fixture-nl-2020-06/',
    '/people/fixture-minister/',
    '/organisations/fixture-ministry/',
    '/organisations/fixture-police/',
    '/organisations/fixture-rights-group/',
    '/organisations/fixture-tech-company/',
    '/jurisdictions/nl/',
    '/sources/fixture-news-2020/',
  ])('%s is built', async (path) => {
    const html = await site.read(path);
    expect(html).toContain('<main id="content"');
  });

  it('reports the check before building', () => {
    expect(buildOutput).toMatch(/12 entries checked/);
  });
});

describe('entry pages show their fields and links', () => {
  it('a quote shows its exact words as a blockquote, its speaker, date, provenance and source', async () => {
    const html = await site.read('/quotes/fixture-minister-quote/');
    expect(html).toMatch(
      /<blockquote[^>]*class="quote"[^>]*>\s*<p>We will find a balance between security and privacy<\/p>/,
    );
    expect(html).toContain('href="/people/fixture-minister/"');
    expect(html).toContain('<time datetime="2020-06-01">1 June 2020</time>');
    expect(html).toContain('Reported: as others reported the words');
    expect(html).toContain('href="https://news.example.org/2020/06/fixture"');
    expect(html).toMatch(
      /class="stance stance-mixed" href="\/about\/#stance-question"[^>]*>.*Mixed on mandated access/s,
    );
  });

  it('a letter links its signatories and recipients', async () => {
    const html = await site.read('/letters/fixture-letter-2020/');
    const signed = htmlBetween(html, '<dt>Signed by</dt>', '<dt>Sent to</dt>');
    expect(signed).toContain('href="/organisations/fixture-rights-group/"');
    expect(signed).toContain('href="/organisations/fixture-tech-company/"');
    expect(htmlBetween(html, '<dt>Sent to</dt>')).toContain('href="/people/fixture-minister/"');
  });

  it('a position shows what it supersedes, and the older one what superseded it', async () => {
    const newer = await site.read('/positions/fixture-nl-2020-06/');
    expect(htmlBetween(newer, '<dt>Supersedes</dt>')).toMatch(
      /^<dt>Supersedes<\/dt><dd><a href="\/positions\/fixture-nl-2019\/"/,
    );
    const older = await site.read('/positions/fixture-nl-2019/');
    expect(htmlBetween(older, '<dt>Superseded by</dt>')).toMatch(
      /^<dt>Superseded by<\/dt><dd><a href="\/positions\/fixture-nl-2020-06\/"/,
    );
    expect(section(newer, 'Evidence')).toContain('href="/quotes/fixture-minister-quote/"');
    expect(section(newer, 'Evidence')).toContain('href="/letters/fixture-letter-2020/"');
  });

  it('a body renders the allow-listed Correction component', async () => {
    const html = await site.read('/sources/fixture-news-2020/');
    expect(html).toMatch(
      /<aside class="correction[^"]*" aria-label="Correction"[^>]*>\s*<strong[^>]*>Correction, <time datetime="2021-01-02">2 January 2021<\/time>:<\/strong>\s*An earlier version gave the wrong publisher\.\s*<\/aside>/,
    );
  });

  it('a year-precision date is shown as a year', async () => {
    const html = await site.read('/positions/fixture-nl-2019/');
    expect(html).toContain('<time datetime="2019">2019</time>');
  });

  it('a jurisdiction shows its stance history newest first', async () => {
    const html = await site.read('/jurisdictions/nl/');
    const history = section(html, 'Stance history');
    expectInOrder(history, '/positions/fixture-nl-2020-06/', '/positions/fixture-nl-2019/');
  });
});

describe('backlinks', () => {
  it('a person lists the quotes they said, letters they received and positions citing their quotes', async () => {
    const html = await site.read('/people/fixture-minister/');
    const backlinks = htmlBetween(html, '>Linked from</h2>');
    expect(backlinks).toContain('href="/quotes/fixture-minister-quote/"');
    expect(backlinks).toContain('Letters received');
    expect(backlinks).toContain('href="/letters/fixture-letter-2020/"');
    expect(section(html, 'Positions citing their quotes')).toContain('href="/positions/fixture-nl-2020-06/"');
  });

  it('an organisation lists letters signed, quotes, positions held, people with roles and its parts', async () => {
    const ministry = await site.read('/organisations/fixture-ministry/');
    const backlinks = htmlBetween(ministry, '>Linked from</h2>');
    expect(backlinks).toContain('href="/people/fixture-minister/"');
    expect(backlinks).toContain('href="/positions/fixture-nl-2019/"');
    expect(backlinks).toContain('href="/positions/fixture-nl-2020-06/"');
    expect(backlinks).toContain('Parts of this organisation');
    expect(backlinks).toContain('href="/organisations/fixture-police/"');

    const group = await site.read('/organisations/fixture-rights-group/');
    const groupLinks = htmlBetween(group, '>Linked from</h2>');
    expect(groupLinks).toContain('Letters signed');
    expect(groupLinks).toContain('href="/quotes/fixture-letter-line/"');

    const company = await site.read('/organisations/fixture-tech-company/');
    expect(htmlBetween(company, '>Linked from</h2>')).toContain('Member of');
  });

  it('a body link shows as a backlink on the linked page', async () => {
    const html = await site.read('/organisations/fixture-police/');
    const backlinks = htmlBetween(html, '>Linked from</h2>');
    expect(backlinks).toContain('Mentioned in');
    expect(backlinks).toContain('href="/letters/fixture-letter-2020/"');
  });

  it('a source lists everything that cites it', async () => {
    const html = await site.read('/sources/fixture-news-2020/');
    const backlinks = htmlBetween(html, '>Linked from</h2>');
    for (const path of [
      '/letters/fixture-letter-2020/',
      '/quotes/fixture-minister-quote/',
      '/quotes/fixture-letter-line/',
      '/positions/fixture-nl-2019/',
      '/positions/fixture-nl-2020-06/',
    ]) {
      expect(backlinks).toContain(`href="${path}"`);
    }
  });

  it('a letter lists the quotes taken from it and the positions citing it', async () => {
    const html = await site.read('/letters/fixture-letter-2020/');
    const backlinks = htmlBetween(html, '>Linked from</h2>');
    expect(backlinks).toContain('Quotes taken from this letter');
    expect(backlinks).toContain('href="/quotes/fixture-letter-line/"');
    expect(backlinks).toContain('href="/positions/fixture-nl-2020-06/"');
  });
});

describe('corrections', () => {
  it('the corrections page lists each correction with its date, entry and text', async () => {
    const html = await site.read('/corrections/');
    const list = htmlBetween(html, '<ol class="corrections-list">', '</ol>');
    expect(list).toContain('<time datetime="2021-01-02">2 January 2021</time>');
    expect(list).toContain('href="/sources/fixture-news-2020/"');
    expect(list).toContain('An earlier version gave the wrong publisher.');
  });
});

describe('index and home pages', () => {
  it('an index lists entries newest first', async () => {
    const html = await site.read('/quotes/');
    expectInOrder(html, '/quotes/fixture-minister-quote/', '/quotes/fixture-letter-line/');
  });

  it('the home page shows counts and the current stance of each jurisdiction', async () => {
    const html = await site.read('/');
    expect(html).toMatch(/<span class="number">4<\/span> Organisations/);
    expect(html).toMatch(/<span class="number">2<\/span> Government positions/);
    const stances = section(html, 'Where each jurisdiction stands now');
    expect(stances).toContain('href="/positions/fixture-nl-2020-06/"');
    expect(stances).not.toContain('href="/positions/fixture-nl-2019/"');
  });
});
