import { describe, expect, it } from 'vitest';
import {
  collectionJsonLd,
  DESCRIPTION_MAX,
  entryDescription,
  entryJsonLd,
  jsonLdText,
} from '../../src/lib/share-metadata.ts';
import type { GraphEntry } from '../../src/lib/graph.ts';
import { smallGraph } from '../helpers/small-graph.ts';

const graph = smallGraph();
const urlOf = (entry: GraphEntry) => `https://example.org/${entry.collection}/${entry.id}/`;
const site = { name: 'Tracker', url: 'https://example.org/' };
const ld = (collection: Parameters<typeof graph.get>[0], id: string) =>
  entryJsonLd(graph, graph.get(collection, id)!, urlOf, site);

describe('entryDescription', () => {
  it("a quote's is its words and its speaker, with their role on the day", () => {
    expect(entryDescription(graph, graph.get('quotes', 'old-line')!)).toBe(
      '“Encryption keeps us safe” — Rights & <Group>',
    );
    expect(entryDescription(graph, graph.get('quotes', 'balance')!)).toMatch(
      / — A\. Minister, Minister of Justice, Ministry of Justice$/,
    );
  });

  it("a letter's is its summary; a person's names a role; every description is short", () => {
    expect(entryDescription(graph, graph.get('letters', 'letter')!)).toBe(
      'It asks the minister not to weaken encryption.',
    );
    expect(entryDescription(graph, graph.get('people', 'minister')!)).toMatch(/^A\. Minister, Minister of Justice:/);
    for (const entry of graph.all('quotes'))
      expect(entryDescription(graph, entry).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
});

describe('entryJsonLd', () => {
  it('gives each kind its schema.org type', () => {
    expect(ld('quotes', 'balance')['@type']).toBe('Quotation');
    expect(ld('people', 'minister')['@type']).toBe('Person');
    expect(ld('organisations', 'ministry')['@type']).toBe('Organization');
    expect(ld('letters', 'letter')['@type']).toBe('CreativeWork');
    expect(ld('positions', 'nl-2020')['@type']).toBe('CreativeWork');
    expect(ld('jurisdictions', 'nl')['@type']).toBe('Country');
    expect(ld('sources', 'report')['@type']).toBe('NewsArticle');
  });

  it('a quote names its speaker and source; a letter its signatories; an organisation its Wikidata item', () => {
    expect(ld('quotes', 'balance')).toMatchObject({
      '@context': 'https://schema.org',
      url: 'https://example.org/quotes/balance/',
      creator: { '@type': 'Person', name: 'A. Minister', url: 'https://example.org/people/minister/' },
      isBasedOn: ['https://news.example.org/report'],
    });
    expect(ld('letters', 'letter').author).toEqual([
      { '@type': 'Organization', name: 'Rights & <Group>', url: 'https://example.org/organisations/rights-group/' },
    ]);
    expect(ld('organisations', 'ministry').sameAs).toEqual(['https://www.wikidata.org/wiki/Q1']);
  });
});

describe('jsonLdText', () => {
  it('escapes <, > and & so that no text can close the script element, and reads back the same', () => {
    const value = ld('quotes', 'balance');
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
    expect(jsonLdText({ a: '\u2028' })).toBe('{"a":"\\u2028"}');
  });

  it.each([
    '<img src="https://x.example/p.gif">',
    '<a href="https://x.example/">a link</a>',
    '&amp; ]]> <!-- -->',
    '} @preamble{"\\immediate\\write18{id}"}',
    '\u0000 and \u2029',
  ])('writes %j with no raw <, > or & and no control character, and reads it back exactly', (hostile) => {
    const text = jsonLdText({ text: hostile });
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the page
    expect(text).not.toMatch(/[<>&\u0000-\u001f\u2028\u2029]/);
    expect((JSON.parse(text) as { text: string }).text).toBe(hostile);
  });
});

describe('collectionJsonLd', () => {
  it("describes an index page as a CollectionPage of the site, with the collection's name and description", () => {
    expect(collectionJsonLd('quotes', 'https://example.org/quotes/', site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: 'Quotes',
      description: expect.stringContaining('Exact words'),
      url: 'https://example.org/quotes/',
      isPartOf: { '@type': 'WebSite', name: 'Tracker', url: 'https://example.org/' },
    });
  });
});
