/**
 * Builds the open-data fixture (the valid tree plus entries whose fields begin like spreadsheet
 * formulas, hold `</script>`, and hold what BibTeX, CSV, RSS and HTML read as syntax) with a public
 * address, and reads what issues 12 and 18 ask for: the open data (validated against its generated
 * schemas, the CSV read back with a real parser), the RSS feeds (parsed as XML), the citations (read
 * as BibTeX reads them), and each page's share metadata, sitemap and robots.txt — and checks that
 * they agree with the pages and with the content files, the hostile text read back exactly.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseEntities } from 'parse-entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/lib/collections.ts';
import { latexText, parseBibtex } from '../helpers/bibtex.ts';
import { createFixtureSite, FIXTURES, type FixtureSite } from '../helpers/fixture-site.ts';
import { htmlBetween } from '../helpers/html.ts';

const SITE = 'https://tracker.example.org';
const FORMULA_QUOTE = 'fixture-formula-quote';
const HOSTILE_QUOTE = 'fixture-hostile-quote';
const HOSTILE_SOURCE = 'fixture-hostile-source';
const HOSTILE_LAND = 'fixture-hostile-land';
/** Markup in the hostile entries, which no page, feed or card may hold as markup. */
const HOSTILE_MARKUP = ['<img src="https://x.example/p.gif">', '<a href="https://x.example/">'];
/** What a spreadsheet runs as a formula (csv.ts): one of these, after any whitespace. */
const FORMULA = /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

let site: FixtureSite;
/** Every content file of the fixture, as `<collection>/<id>`. */
const contentKeys: string[] = [];

beforeAll(async () => {
  site = await createFixtureSite('open-data');
  const result = site.build({ SITE_URL: SITE });
  expect(result.status, result.output).toBe(0);
  for (const collection of COLLECTIONS) {
    for (const file of await readdir(path.join(FIXTURES, 'open-data/content', collection))) {
      if (file.endsWith('.mdx')) contentKeys.push(`${collection}/${file.replace(/\.mdx$/, '')}`);
    }
  }
});

afterAll(() => site?.remove());

const readJson = async (sitePath: string) => JSON.parse(await site.read(sitePath)) as unknown;
type DataRecord = Record<string, unknown> & { id: string; page: string };

/** The text of every `<meta property|name="…">` of a page, by property. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [, key, value] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    tags.set(key!, decode(value!));
  }
  return tags;
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match, 'the page has no JSON-LD').not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

describe('open data', () => {
  it('record.json holds every content file exactly once, each with its page URL', async () => {
    const record = (await readJson('/data/record.json')) as { collections: Record<CollectionName, DataRecord[]> };
    const keys = COLLECTIONS.flatMap((collection) =>
      record.collections[collection].map(({ id }) => `${collection}/${id}`),
    );
    expect(keys.sort()).toEqual([...contentKeys].sort());
    for (const collection of COLLECTIONS) {
      for (const { id, page } of record.collections[collection]) expect(page).toBe(`${SITE}/${collection}/${id}/`);
    }
  });

  it('each collection file holds the same records as record.json', async () => {
    const record = (await readJson('/data/record.json')) as { collections: Record<CollectionName, DataRecord[]> };
    for (const collection of COLLECTIONS) {
      expect(await readJson(`/data/${collection}.json`)).toEqual(record.collections[collection]);
    }
  });

  it('the JSON is valid against the generated JSON Schemas (2020-12), and the schemas reject a broken record', async () => {
    const ajv = new Ajv2020();
    const validateRecord = ajv.compile((await readJson('/data/record.schema.json')) as object);
    expect(validateRecord(await readJson('/data/record.json')), ajv.errorsText(validateRecord.errors)).toBe(true);
    for (const collection of COLLECTIONS) {
      const validate = ajv.compile((await readJson(`/data/${collection}.schema.json`)) as object);
      const records = (await readJson(`/data/${collection}.json`)) as DataRecord[];
      expect(validate(records), `${collection}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(validate([{ ...records[0], unexpected: 'field' }]), `${collection} accepts an unknown field`).toBe(false);
      expect(validate([{ ...records[0], id: undefined }]), `${collection} accepts a record without an id`).toBe(false);
      if (collection === 'quotes') expect(validate([{ ...records[0], stance: 'maybe' }])).toBe(false);
    }
  });

  it('the JSON keeps the exact text of a field that looks like a formula', async () => {
    const quotes = (await readJson('/data/quotes.json')) as DataRecord[];
    const quote = quotes.find(({ id }) => id === FORMULA_QUOTE)!;
    expect(quote.text).toMatch(/^=HYPERLINK\(/);
    expect(quote.context).toMatch(/^-2 points/);
  });

  it('every source carries its archived copy, and its page and the pages citing it link that copy as Robust Links', async () => {
    // No `archived` and no `accessed`: the Wayback Machine's capture nearest the day it was published.
    const archive = 'https://web.archive.org/web/20200602/https://news.example.org/2020/06/fixture';
    const sources = (await readJson('/data/sources.json')) as DataRecord[];
    expect(sources.find((source) => source.id === 'fixture-news-2020')).toMatchObject({ archive });
    expect(sources.every((source) => typeof source.archive === 'string')).toBe(true);
    const robust = `data-originalurl="https://news.example.org/2020/06/fixture" data-versionurl="${archive}" data-versiondate="2020-06-02"`;
    for (const page of ['/sources/fixture-news-2020/', '/quotes/fixture-minister-quote/']) {
      const html = await site.read(page);
      expect(html, page).toContain(
        `<a href="https://news.example.org/2020/06/fixture" rel="external noopener" ${robust}>`,
      );
      expect(html, page).toContain(`<a href="${archive}" rel="external noopener" ${robust}>`);
    }
  });

  it('each CSV reads back with a real parser to the JSON records, lists as JSON arrays, formulas neutralised', async () => {
    for (const collection of COLLECTIONS) {
      const csv = await site.read(`/data/${collection}.csv`);
      expect(csv.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
      expect(csv).toContain('\r\n');
      // Every row is as wide as the header: a line break inside a cell cannot start a row of its own.
      const header = (parseCsv(csv, { bom: true, to_line: 1 }) as string[][])[0]!;
      const widths = (parseCsv(csv, { bom: true, relax_column_count: true }) as string[][]).map((row) => row.length);
      expect(new Set(widths), `${collection}.csv rows`).toEqual(new Set([header.length]));
      const rows = parseCsv(csv, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
      const records = (await readJson(`/data/${collection}.json`)) as DataRecord[];
      expect(rows.map((row) => row.id)).toEqual(records.map((record) => record.id));
      rows.forEach((row, index) => {
        const record = records[index]!;
        for (const [column, cell] of Object.entries(row)) {
          const value = record[column];
          if (value === undefined) expect(cell, `${collection}/${record.id} ${column}`).toBe('');
          else if (typeof value === 'string') expect(cell).toBe(FORMULA.test(value) ? `'${value}` : value);
          else expect(JSON.parse(cell.replace(/^'/, ''))).toEqual(value);
          expect(cell, `${collection}/${record.id} ${column} could run as a formula`).not.toMatch(FORMULA);
        }
      });
    }
    const quote = (
      parseCsv(await site.read('/data/quotes.csv'), { bom: true, columns: true }) as Record<string, string>[]
    ).find((row) => row.id === FORMULA_QUOTE)!;
    expect(quote.text).toMatch(/^'=HYPERLINK/);
    expect(quote.context).toMatch(/^'-2 points/);
    // A formula on a cell's second line stays inside its quoted cell; a full-width one is prefixed.
    const hostile = (
      parseCsv(await site.read('/data/quotes.csv'), { bom: true, columns: true }) as Record<string, string>[]
    ).find((row) => row.id === HOSTILE_QUOTE)!;
    expect(hostile.context).toBe('Said twice\n=HYPERLINK(https://x.example/p)');
    const source = (
      parseCsv(await site.read('/data/sources.csv'), { bom: true, columns: true }) as Record<string, string>[]
    ).find((row) => row.id === HOSTILE_SOURCE)!;
    expect(source.title).toMatch(/^'\uFF1D1\+1/);
  });

  it('datapackage.json describes every file that exists, its CSV columns and the licence', async () => {
    const dataPackage = (await readJson('/data/datapackage.json')) as {
      licenses: { name: string }[];
      resources: {
        name: string;
        path: string;
        format: string;
        schema?: { fields: { name: string }[] };
        jsonSchema?: string;
      }[];
    };
    expect(dataPackage.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(dataPackage.resources.map((resource) => resource.path).sort()).toEqual(
      ['record.json', ...COLLECTIONS.flatMap((collection) => [`${collection}.csv`, `${collection}.json`])].sort(),
    );
    for (const resource of dataPackage.resources) {
      const text = await site.read(`/data/${resource.path}`);
      if (resource.format === 'csv') {
        const [header] = parseCsv(text, { bom: true, to_line: 1 }) as string[][];
        expect(resource.schema!.fields.map((field) => field.name)).toEqual(header);
      } else {
        expect(JSON.parse(await site.read(`/data/${resource.jsonSchema}`))).toHaveProperty('$schema');
      }
    }
  });

  it('the /data/ page links every file, states the licence for our data and for quoted words, and the build date', async () => {
    const html = await site.read('/data/');
    const dataPackage = (await readJson('/data/datapackage.json')) as {
      created: string;
      resources: { path: string }[];
    };
    for (const { path: file } of dataPackage.resources) expect(html).toContain(`href="/data/${file}"`);
    expect(html).toContain('href="/data/datapackage.json"');
    expect(html).toContain('CC BY 4.0');
    expect(html).toMatch(/Quoted words .* remain their authors/);
    expect(html).toContain(`<time datetime="${dataPackage.created}">`);
    expect(html).toContain('OWASP');
    expect(html).toMatch(/@misc\{ept-record,/);
  });
});

describe('feeds', () => {
  // `htmlEntities` makes fast-xml-parser read numeric character references (`&#x26;`), as XML requires.
  const parser = new XMLParser({
    ignoreAttributes: false,
    htmlEntities: true,
    isArray: (name) => name === 'item' || name === 'category',
  });
  interface Item {
    title: string;
    link: string;
    description: string;
    guid: { '#text': string };
    pubDate: string;
  }
  async function readFeed(
    sitePath: string,
  ): Promise<{ title: string; link: string; description: string; item?: Item[] }> {
    const xml = await site.read(sitePath);
    expect(XMLValidator.validate(xml), sitePath).toBe(true);
    const feed = parser.parse(xml) as {
      rss: { '@_version': string; channel: { title: string; link: string; description: string; item?: Item[] } };
    };
    expect(feed.rss['@_version']).toBe('2.0');
    const channel = feed.rss.channel;
    for (const required of ['title', 'link', 'description'] as const) expect(channel[required], required).toBeTruthy();
    return channel;
  }

  it('the whole record has a feed of every letter, quote and position, newest first, with absolute links', async () => {
    const feed = await readFeed('/feeds/all.xml');
    const statements = contentKeys.filter((key) => /^(letters|quotes|positions)\//.test(key));
    expect(feed.item!.map((item) => item.link).sort()).toEqual(statements.map((key) => `${SITE}/${key}/`).sort());
    const dates = feed.item!.map((item) => Date.parse(item.pubDate));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.item![0]!.link).toBe(`${SITE}/quotes/${FORMULA_QUOTE}/`);
    for (const item of feed.item!) expect(item.guid['#text']).toBe(item.link);
  });

  it("a jurisdiction's and an actor's feeds hold their statements only, and their pages link them", async () => {
    const nl = await readFeed('/feeds/jurisdictions/nl.xml');
    expect(nl.item!.map((item) => item.link)).toContain(`${SITE}/positions/fixture-nl-2019/`);
    const police = await readFeed('/feeds/organisations/fixture-police.xml');
    const minister = await readFeed('/feeds/people/fixture-minister.xml');
    expect(minister.item!.map((item) => item.link).sort()).toEqual(
      [
        `${SITE}/quotes/${FORMULA_QUOTE}/`,
        `${SITE}/quotes/fixture-minister-quote/`,
        `${SITE}/letters/fixture-letter-2020/`,
      ].sort(),
    );
    expect(minister.title).toContain('Fixture Minister');
    expect(police.item ?? []).not.toContainEqual(
      expect.objectContaining({ link: `${SITE}/quotes/fixture-minister-quote/` }),
    );
    for (const [page, feed] of [
      ['/jurisdictions/nl/', '/feeds/jurisdictions/nl.xml'],
      ['/people/fixture-minister/', '/feeds/people/fixture-minister.xml'],
      ['/organisations/fixture-police/', '/feeds/organisations/fixture-police.xml'],
      ['/', '/feeds/all.xml'],
    ]) {
      expect(await site.read(page!)).toMatch(
        new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${SITE}${feed}">`),
      );
    }
  });

  it('a description is HTML showing the exact text: markup, &amp; and ]]> in a quote arrive as characters', async () => {
    const quotes = (await readJson('/data/quotes.json')) as DataRecord[];
    const text = quotes.find(({ id }) => id === HOSTILE_QUOTE)!.text as string;
    for (const path of ['/feeds/all.xml', `/feeds/jurisdictions/${HOSTILE_LAND}.xml`]) {
      const xml = await site.read(path);
      for (const markup of HOSTILE_MARKUP) expect(xml).not.toContain(markup);
      const feed = await readFeed(path);
      const item = feed.item!.find(({ link }) => link === `${SITE}/quotes/${HOSTILE_QUOTE}/`)!;
      expect(item.description, `${path}: the description holds markup`).not.toMatch(/[<>]/);
      // The words, then who said them (an organisation speaks under its name alone).
      expect(parseEntities(item.description)).toBe(`“${text}” — Fixture Rights Group`);
    }
    const land = await readFeed(`/feeds/jurisdictions/${HOSTILE_LAND}.xml`);
    expect(land.title).toBe('Encryption Policy Tracker: Hostile <img src="https://x.example/p.gif"> & "Land" }');
  });
});

describe('citations', () => {
  it('every entry page cites itself in plain text, BibTeX and CSL-JSON, outside the search index', async () => {
    for (const key of contentKeys) {
      const html = await site.read(`/${key}/`);
      const cite = htmlBetween(html, '<section class="cite-entry"', '</section>');
      expect(cite).toContain('data-pagefind-ignore');
      expect(cite).toContain('Cite this entry');
      expect(cite).toContain(`${SITE}/${key}/`);
      expect(cite).toMatch(/@misc\{ept-/);
      const csl = JSON.parse(decode(htmlBetween(cite, 'id="cite-csl-text"', '</code>').replace(/^[^>]*>/, ''))) as {
        URL: string;
        title: string;
        publisher: string;
        accessed: unknown;
      }[];
      expect(csl[0]).toMatchObject({ URL: `${SITE}/${key}/`, publisher: 'Encryption Policy Tracker' });
      expect(csl[0]!.accessed).toEqual({ raw: 'YYYY-MM-DD' });
      expect(cite).toMatch(/<button type="button" class="button copy-button"[^>]* hidden/);
      // Closed until asked for, the formats chosen inside it, plain text first.
      expect(cite).toMatch(/<details>\s*<summary id="cite-entry">Cite this entry<\/summary>/);
      expect(cite).toMatch(/<input type="radio" name="cite-format" value="text" checked/);
      // Read as BibTeX reads it: the entry, and for a quote its source, and nothing else.
      const bibtex = parseBibtex(decode(htmlBetween(cite, 'id="cite-bibtex-text"', '</code>').replace(/^[^>]*>/, '')));
      expect(
        bibtex.map(({ type }) => type),
        key,
      ).toEqual(key.startsWith('quotes/') ? ['misc', 'misc'] : ['misc']);
      expect(latexText(bibtex[0]!.fields.title!), key).toBe(csl[0]!.title);
    }
  });

  it("a hostile quote's BibTeX is its two entries, each field reading back as the text it was given", async () => {
    const cite = htmlBetween(await site.read(`/quotes/${HOSTILE_QUOTE}/`), '<section class="cite-entry"', '</section>');
    const bibtex = parseBibtex(decode(htmlBetween(cite, 'id="cite-bibtex-text"', '</code>').replace(/^[^>]*>/, '')));
    expect(bibtex.map(({ type, key }) => `${type} ${key}`)).toEqual([
      `misc ept-quotes-${HOSTILE_QUOTE}`,
      `misc ept-sources-${HOSTILE_SOURCE}`,
    ]);
    const sources = (await readJson('/data/sources.json')) as DataRecord[];
    const source = sources.find(({ id }) => id === HOSTILE_SOURCE)! as DataRecord & Record<string, string>;
    const fields = bibtex[1]!.fields;
    expect(latexText(fields.title!)).toBe(source.title);
    expect(latexText(fields.publisher!)).toBe(source.publisher);
    expect(fields.author!.split(' and ').map(latexText)).toEqual(source.authors);
    expect(fields.url).toBe(source.url);
  });

  it("a quote's citation also cites its source", async () => {
    const cite = htmlBetween(
      await site.read('/quotes/fixture-minister-quote/'),
      '<section class="cite-entry"',
      '</section>',
    );
    expect(cite).toContain('https://news.example.org/2020/06/fixture');
    expect(cite).toContain('Quoted from');
  });
});

describe('share metadata', () => {
  it('every page has a canonical URL, a description, Open Graph and Twitter card tags', async () => {
    for (const page of ['/', '/data/', '/quotes/', ...contentKeys.map((key) => `/${key}/`)]) {
      const html = await site.read(page);
      expect(html).toContain(`<link rel="canonical" href="${SITE}${page}">`);
      const meta = metaTags(html);
      for (const name of ['description', 'og:title', 'og:description', 'og:type', 'twitter:card', 'twitter:title']) {
        expect(meta.get(name), `${page}: ${name}`).toBeTruthy();
      }
      expect(meta.get('og:url')).toBe(`${SITE}${page}`);
    }
  });

  it('the 404 page, served at any missing address, claims no address and asks not to be indexed', async () => {
    const html = await readFile(path.join(site.root, 'dist/404.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(html).not.toContain('rel="canonical"');
    expect(metaTags(html).get('og:url')).toBeUndefined();
    expect(metaTags(html).get('robots')).toBe('noindex');
  });

  it("a quote's card shows its words and its speaker, with their role on the day", async () => {
    const meta = metaTags(await site.read('/quotes/fixture-minister-quote/'));
    expect(meta.get('og:description')).toBe(
      '“We will find a balance between security and privacy” — Fixture Minister, Minister of Justice, Fixture Ministry of Justice',
    );
    expect(meta.get('og:title')).toContain('Fixture Minister');
  });

  it('each entry page has JSON-LD of the type that fits its kind', async () => {
    const expected: Record<string, string> = {
      'quotes/fixture-minister-quote': 'Quotation',
      'people/fixture-minister': 'Person',
      'organisations/fixture-police': 'Organization',
      'letters/fixture-letter-2020': 'CreativeWork',
      'jurisdictions/nl': 'Country',
      'sources/fixture-news-2020': 'NewsArticle',
    };
    for (const [key, type] of Object.entries(expected)) {
      const ld = jsonLdOf(await site.read(`/${key}/`));
      expect(ld['@type'], key).toBe(type);
      expect(ld.url).toBe(`${SITE}/${key}/`);
    }
    expect(jsonLdOf(await site.read('/quotes/'))).toMatchObject({ '@type': 'CollectionPage', url: `${SITE}/quotes/` });
    const quote = jsonLdOf(await site.read('/quotes/fixture-minister-quote/'));
    expect(quote.creator).toMatchObject({ '@type': 'Person', name: 'Fixture Minister' });
  });

  it('JSON-LD is escaped: text holding </script> cannot close the element, and reads back exactly', async () => {
    const html = await site.read(`/quotes/${FORMULA_QUOTE}/`);
    const ld = htmlBetween(html, '<script type="application/ld+json">', '</script>').replace(/^[^>]*>/, '');
    expect(ld, 'the JSON-LD holds a raw <').not.toContain('<');
    expect(ld).toContain('\\u003c/script\\u003e');
    const quotes = (await readJson('/data/quotes.json')) as DataRecord[];
    expect(jsonLdOf(html).text).toBe(quotes.find(({ id }) => id === FORMULA_QUOTE)!.text);
  });

  it('hostile text reads back exactly from JSON-LD, Open Graph and the map, and is never markup in a page', async () => {
    const quotes = (await readJson('/data/quotes.json')) as DataRecord[];
    const quoteHtml = await site.read(`/quotes/${HOSTILE_QUOTE}/`);
    const ld = htmlBetween(quoteHtml, '<script type="application/ld+json">', '</script>').replace(/^[^>]*>/, '');
    expect(ld, 'the JSON-LD holds a raw <').not.toContain('<');
    expect(jsonLdOf(quoteHtml).text).toBe(quotes.find(({ id }) => id === HOSTILE_QUOTE)!.text);

    const name = 'Hostile <img src="https://x.example/p.gif"> & "Land" }';
    const landHtml = await site.read(`/jurisdictions/${HOSTILE_LAND}/`);
    expect(jsonLdOf(landHtml).name).toBe(name);
    expect(metaTags(landHtml).get('og:title')).toContain(name);
    const home = await site.read('/');
    const label = /<a href="[^"]*\/jurisdictions\/fixture-hostile-land\/" aria-label="([^"]*)"/.exec(home);
    expect(label, 'the map links the hostile jurisdiction').not.toBeNull();
    expect(decode(label![1]!)).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));

    for (const page of [
      '/',
      `/quotes/${HOSTILE_QUOTE}/`,
      `/jurisdictions/${HOSTILE_LAND}/`,
      `/sources/${HOSTILE_SOURCE}/`,
    ]) {
      const html = await site.read(page);
      for (const markup of HOSTILE_MARKUP) expect(html, `${page} holds ${markup} as markup`).not.toContain(markup);
    }
  });

  it('the sitemap lists every entry page and robots.txt points at it', async () => {
    const robots = await site.read('/robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const index = await site.read('/sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemap = await site.read('/sitemap-0.xml');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    // eslint-disable-next-line no-control-regex -- no control character XML 1.0 forbids
    expect(sitemap).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    for (const key of contentKeys) expect(sitemap).toContain(`<loc>${SITE}/${key}/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}/data/</loc>`);
  });
});

/** An HTML fragment's text as a reader reads it: paragraphs apart, inline elements run in. */
function textOf(html: string): string {
  return decode(html.replace(/<\/(p|blockquote|div)>/g, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');
}

describe('quotes not in English', () => {
  const GERMAN = '/quotes/fixture-german-quote/';
  const TRANSLATED = '/quotes/fixture-translated-quote/';

  it('mark the original with its language and keep browser translation off it, then label the translation', async () => {
    const figure = htmlBetween(await site.read(GERMAN), '<figure', '</figure>');
    expect(figure).toMatch(
      /<blockquote class="quote"[^>]* lang="de" translate="no"[^>]*>\s*<p>Verschlüsselung ist kein Hindernis/,
    );
    expect(textOf(figure)).toContain(
      'English translation by Fixture News (the original is in German): Encryption is not an obstacle but a precondition.',
    );
    // Both texts are search text (inside the page's body, not ignored); the label is not.
    expect(figure).toMatch(/<blockquote lang="en" data-pagefind-weight="8"[^>]*>\s*<p>Encryption is not an obstacle/);
    expect(figure).toMatch(/<p class="translation-label" data-pagefind-ignore/);
    // An English quote is not marked: the page's own language is its language.
    expect(htmlBetween(await site.read('/quotes/fixture-minister-quote/'), '<figure', '</figure>')).not.toMatch(
      /lang=|translate=|translation/,
    );
  });

  it('a quote known only in translation says so, links who translated it, and is not marked as another language', async () => {
    const html = await site.read(TRANSLATED);
    const figure = htmlBetween(html, '<figure', '</figure>');
    expect(figure).not.toMatch(/lang=|translate=/);
    expect(textOf(figure)).toContain(
      'Translated from French by Fixture Translations; the original words are not in the record.',
    );
    expect(figure).toContain('href="/sources/fixture-translation-2020/"');
    // The translating source's page links back to the quote it translated.
    expect(await site.read('/sources/fixture-translation-2020/')).toMatch(
      /Quotes this source translated[\s\S]*href="\/quotes\/fixture-translated-quote\/"/,
    );
  });

  it('the open data carries the language fields, in JSON and CSV', async () => {
    const quotes = (await readJson('/data/quotes.json')) as DataRecord[];
    expect(quotes.find(({ id }) => id === 'fixture-german-quote')).toMatchObject({
      lang: 'de',
      translation: { text: 'Encryption is not an obstacle but a precondition.', by: 'source' },
    });
    expect(quotes.find(({ id }) => id === 'fixture-translated-quote')).toMatchObject({
      translated_from: 'fr',
      translated_by: 'fixture-translation-2020',
    });
    const rows = parseCsv(await site.read('/data/quotes.csv'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const row = rows.find(({ id }) => id === 'fixture-german-quote')!;
    expect(row.lang).toBe('de');
    expect(JSON.parse(row.translation!)).toEqual({
      text: 'Encryption is not an obstacle but a precondition.',
      by: 'source',
    });
    const schema = (await readJson('/data/quotes.schema.json')) as { items: { properties: Record<string, unknown> } };
    expect(Object.keys(schema.items.properties)).toEqual(
      expect.arrayContaining(['lang', 'translation', 'translated_from', 'translated_by']),
    );
  });

  it('CSL-JSON gives the language; JSON-LD gives inLanguage and the translation with its translator', async () => {
    const html = await site.read(GERMAN);
    const cite = htmlBetween(html, '<section class="cite-entry"', '</section>');
    const csl = JSON.parse(decode(htmlBetween(cite, 'id="cite-csl-text"', '</code>').replace(/^[^>]*>/, ''))) as {
      language?: string;
    }[];
    expect(csl[0]!.language).toBe('de');
    expect(jsonLdOf(html)).toMatchObject({
      '@type': 'Quotation',
      inLanguage: 'de',
      text: 'Verschlüsselung ist kein Hindernis, sondern eine Voraussetzung.',
      workTranslation: {
        '@type': 'Quotation',
        inLanguage: 'en',
        text: 'Encryption is not an obstacle but a precondition.',
        translator: { '@type': 'Organization', name: 'Fixture News' },
      },
    });
    expect(jsonLdOf(await site.read(TRANSLATED))).toMatchObject({
      inLanguage: 'en',
      translator: { name: 'Fixture Translations' },
      translationOfWork: { '@type': 'Quotation', inLanguage: 'fr', creator: { name: 'Fixture Tech Company' } },
    });
  });

  it('the card gives the original and its translation, or says the words are a translation', async () => {
    expect(metaTags(await site.read(GERMAN)).get('og:description')).toBe(
      '“Verschlüsselung ist kein Hindernis, sondern eine Voraussetzung.” (in English: “Encryption is not an obstacle but a precondition.”) — Fixture Rights Group',
    );
    expect(metaTags(await site.read(TRANSLATED)).get('og:description')).toBe(
      '“We will not weaken the security of our users.” (translated from French) — Fixture Tech Company',
    );
  });
});

it('reads its fixture', async () => {
  expect(await readFile(path.join(FIXTURES, 'open-data/content/quotes', `${FORMULA_QUOTE}.mdx`), 'utf8')).toContain(
    '=HYPERLINK',
  );
});
