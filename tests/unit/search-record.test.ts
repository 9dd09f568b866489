import { describe, expect, it } from 'vitest';
import { buildEntryGraph, type AnyGraphInput, type GraphInput } from '../../src/lib/graph.ts';
import { allSearchRecords, searchFacets, searchRecord } from '../../src/lib/search-record.ts';
import { jurisdiction, letter, organisation, person, position, quote, source } from '../helpers/records.ts';

const inputs: AnyGraphInput[] = [
  jurisdiction('us', 'United States', 'US'),
  jurisdiction('gb', 'United Kingdom', 'GB'),
  organisation('white-house', 'White House', 'government', { jurisdiction: 'us' }),
  organisation('iti', 'Information Technology Industry Council', 'trade-association', { aliases: ['ITI', 'ITIC'] }),
  person('josh-earnest', 'Josh Earnest'),
  person('barack-obama', 'Barack Obama', {
    jurisdiction: 'us',
    roles: [{ title: 'President of the United States', organisation: 'white-house' }, { title: 'Senator' }],
  }),
  source('report'),
  letter('letter', {
    title: 'Letter to the President',
    date: '2015-06-08',
    signatories: ['iti', 'white-house'],
    recipients: ['barack-obama', 'iti'],
    stance: 'opposes',
    jurisdiction: 'us',
  }),
  quote('thorny', {
    text: 'This is a very thorny policy challenge',
    speaker: 'josh-earnest',
    date: '2015-06',
    stance: 'undecided',
    jurisdiction: 'us',
  }),
  quote('unplaced', { text: 'We are opposed', speaker: 'iti', date: '2014', stance: 'opposes' }),
  position('us-1', {
    jurisdiction: 'us',
    actor: 'white-house',
    subject: 'legislation on encrypted data',
    stance: 'mixed',
    date: '2015-10-10',
  }),
];

const graph = buildEntryGraph(inputs);
const record = (collection: GraphInput['collection'], id: string) => searchRecord(graph, graph.get(collection, id)!);
const values = (items: { value: string }[]) => items.map((item) => item.value);

describe('searchRecord', () => {
  it('gives a quote its words, speaker by name, kind, date and stance as result data', () => {
    const { url, meta } = record('quotes', 'thorny');
    expect(url).toBe('/quotes/thorny/');
    expect(meta).toEqual({
      title: 'Josh Earnest: “This is a very thorny policy challenge”',
      kind: 'Quote',
      date: '2015-06',
      stance: 'undecided',
      words: 'This is a very thorny policy challenge',
      speaker: 'Josh Earnest',
    });
  });

  it('files a quote under its kind, stance, jurisdiction, year and speaker, by id with a readable label', () => {
    expect(record('quotes', 'thorny').filters).toEqual({
      kind: [{ value: 'quote', label: 'Quote' }],
      stance: [{ value: 'undecided', label: 'Undecided on mandated access' }],
      jurisdiction: [{ value: 'us', label: 'United States' }],
      year: [{ value: '2015', label: '2015' }],
      actor: [{ value: 'josh-earnest', label: 'Josh Earnest' }],
    });
  });

  it('involves every signatory and recipient of a letter, once each', () => {
    expect(record('letters', 'letter').filters.actor).toEqual([
      { value: 'iti', label: 'Information Technology Industry Council' },
      { value: 'white-house', label: 'White House' },
      { value: 'barack-obama', label: 'Barack Obama' },
    ]);
  });

  it('involves the body that holds a position', () => {
    expect(values(record('positions', 'us-1').filters.actor)).toEqual(['white-house']);
    expect(record('positions', 'us-1').meta.title).toBe(
      'White House on legislation on encrypted data, 10 October 2015',
    );
  });

  it('files people and organisations under themselves, and a jurisdiction under itself', () => {
    expect(values(record('people', 'barack-obama').filters.actor)).toEqual(['barack-obama']);
    expect(values(record('people', 'barack-obama').filters.jurisdiction)).toEqual(['us']);
    expect(values(record('jurisdictions', 'gb').filters.jurisdiction)).toEqual(['gb']);
    expect(record('organisations', 'iti').meta.kind).toBe('Trade association');
  });

  it('leaves out filters an entry has no value for', () => {
    const quote = record('quotes', 'unplaced').filters;
    expect(quote.jurisdiction).toEqual([]);
    const source = record('sources', 'report').filters;
    expect(source.stance).toEqual([]);
    expect(source.actor).toEqual([]);
    expect(values(source.year)).toEqual(['2015']);
  });

  it('sorts by the first day of the date', () => {
    expect(record('quotes', 'thorny').sort).toEqual({ date: '2015-06-01' });
    expect(record('quotes', 'unplaced').sort).toEqual({ date: '2014-01-01' });
    expect(record('sources', 'report').sort).toEqual({ date: '2015-06-09' });
  });

  it('gives undated entries no sort key, so that no made-up date puts them anywhere in a date order', () => {
    for (const [collection, id] of [
      ['people', 'josh-earnest'],
      ['organisations', 'iti'],
      ['jurisdictions', 'us'],
    ] as const) {
      expect(record(collection, id).sort).toEqual({});
    }
    const dated = allSearchRecords(graph).filter((item) => item.sort.date !== undefined);
    expect(dated.map((item) => item.url).sort()).toEqual([
      '/letters/letter/',
      '/positions/us-1/',
      '/quotes/thorny/',
      '/quotes/unplaced/',
      '/sources/report/',
    ]);
  });

  it('has no meta without a value', () => {
    expect(Object.keys(record('people', 'josh-earnest').meta)).toEqual(['title', 'kind']);
    expect(Object.keys(record('sources', 'report').meta)).not.toContain('authors');
  });

  it("carries the names an entry is also found by: an organisation's other names, a person's roles, a source's publisher", () => {
    expect(record('organisations', 'iti').meta.aliases).toBe('ITI; ITIC');
    expect(record('people', 'barack-obama').meta.roles).toBe('President of the United States; Senator');
    expect(record('sources', 'report').meta.publisher).toBe('A paper');
  });
});

describe('searchFacets', () => {
  const facets = searchFacets(allSearchRecords(graph));
  const facet = (key: string) => facets.find((f) => f.key === key)!;

  it('lists the filters in page order', () => {
    expect(facets.map((f) => f.key)).toEqual(['kind', 'stance', 'jurisdiction', 'year', 'actor']);
  });

  it('counts each value across all records', () => {
    expect(facet('kind').values).toEqual([
      { value: 'letter', label: 'Letter', count: 1 },
      { value: 'quote', label: 'Quote', count: 2 },
      { value: 'position', label: 'Position', count: 1 },
      { value: 'person', label: 'Person', count: 2 },
      { value: 'organisation', label: 'Organisation', count: 2 },
      { value: 'jurisdiction', label: 'Jurisdiction', count: 2 },
      { value: 'source', label: 'Source', count: 1 },
    ]);
    // The letter, the White House, Barack Obama (as a person in the US), the quote, the position and the jurisdiction itself.
    expect(facet('jurisdiction').values).toEqual([
      { value: 'gb', label: 'United Kingdom', count: 1 },
      { value: 'us', label: 'United States', count: 6 },
    ]);
  });

  it('orders stances by the vocabulary, years newest first and names alphabetically', () => {
    expect(values(facet('stance').values)).toEqual(['opposes', 'undecided', 'mixed']);
    expect(values(facet('year').values)).toEqual(['2015', '2014']);
    expect(facet('actor').values.map((v) => v.label)).toEqual([
      'Barack Obama',
      'Information Technology Industry Council',
      'Josh Earnest',
      'White House',
    ]);
  });
});
