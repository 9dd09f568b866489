/**
 * Builds the open-data fixture (the valid tree plus a quote whose fields begin like spreadsheet
 * formulas and hold `</script>`) with a public address, and reads what issue 12 asks for: the open
 * data (validated against its generated schemas, the CSV read back with a real parser), the RSS feeds
 * (parsed as XML), the citations, and each page's share metadata, sitemap and robots.txt — and checks
 * that they agree with the pages and with the content files.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/lib/collections.ts';
import { createFixtureSite, FIXTURES, type FixtureSite } from '../helpers/fixture-site.ts';
import { htmlBetween } from '../helpers/html.ts';

const SITE = 'https://tracker.example.org';
const FORMULA_QUOTE = 'fixture-formula-quote';

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

  it('each CSV reads back with a real parser to the JSON records, lists as JSON arrays, formulas neutralised', async () => {
    for (const collection of COLLECTIONS) {
      const csv = await site.read(`/data/${collection}.csv`);
      expect(csv.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
      expect(csv).toContain('\r\n');
      const rows = parseCsv(csv, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
      const records = (await readJson(`/data/${collection}.json`)) as DataRecord[];
      expect(rows.map((row) => row.id)).toEqual(records.map((record) => record.id));
      rows.forEach((row, index) => {
        const record = records[index]!;
        for (const [column, cell] of Object.entries(row)) {
          const value = record[column];
          if (value === undefined) expect(cell, `${collection}/${record.id} ${column}`).toBe('');
          else if (typeof value === 'string') expect(cell.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(value);
          else expect(JSON.parse(cell.replace(/^'/, ''))).toEqual(value);
          expect(cell, `${collection}/${record.id} ${column} could run as a formula`).not.toMatch(/^[=+\-@\t\r]/);
        }
      });
    }
    const quote = (
      parseCsv(await site.read('/data/quotes.csv'), { bom: true, columns: true }) as Record<string, string>[]
    ).find((row) => row.id === FORMULA_QUOTE)!;
    expect(quote.text).toMatch(/^'=HYPERLINK/);
    expect(quote.context).toMatch(/^'-2 points/);
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
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
  interface Item {
    title: string;
    link: string;
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
        publisher: string;
        accessed: unknown;
      }[];
      expect(csl[0]).toMatchObject({ URL: `${SITE}/${key}/`, publisher: 'Encryption Policy Tracker' });
      expect(csl[0]!.accessed).toEqual({ raw: 'YYYY-MM-DD' });
      expect(cite).toMatch(/<button type="button" class="button copy-button"[^>]* hidden/);
      // Closed until asked for, the formats chosen inside it, plain text first.
      expect(cite).toMatch(/<details>\s*<summary id="cite-entry">Cite this entry<\/summary>/);
      expect(cite).toMatch(/<input type="radio" name="cite-format" value="text" checked/);
    }
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

  it("a quote's card shows its words and its speaker", async () => {
    const meta = metaTags(await site.read('/quotes/fixture-minister-quote/'));
    expect(meta.get('og:description')).toBe('“We will find a balance between security and privacy” — Fixture Minister');
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

  it('the sitemap lists every entry page and robots.txt points at it', async () => {
    const robots = await site.read('/robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const index = await site.read('/sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemap = await site.read('/sitemap-0.xml');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    for (const key of contentKeys) expect(sitemap).toContain(`<loc>${SITE}/${key}/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}/data/</loc>`);
  });
});

it('reads its fixture', async () => {
  expect(await readFile(path.join(FIXTURES, 'open-data/content/quotes', `${FORMULA_QUOTE}.mdx`), 'utf8')).toContain(
    '=HYPERLINK',
  );
});
