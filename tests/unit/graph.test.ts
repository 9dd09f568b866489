import { describe, expect, it } from 'vitest';
import { compareNewestFirst, entryDate, entryTitle, positionTitle } from '../../src/lib/entry-facts.ts';
import { buildEntryGraph, entryKey, type AnyGraphInput } from '../../src/lib/graph.ts';
import { bodiesOf, currentPositions, supersededBy } from '../../src/lib/positions.ts';
import {
  jurisdiction,
  letter,
  organisation,
  person,
  position,
  quote,
  source,
  withBodyLinks,
} from '../helpers/records.ts';

const inputs: AnyGraphInput[] = [
  jurisdiction('us', 'United States', 'US'),
  organisation('white-house', 'White House', 'government', { jurisdiction: 'us' }),
  organisation('iti', 'Information Technology Industry Council', 'trade-association', { members: ['apple'] }),
  organisation('apple', 'Apple', 'company'),
  person('josh-earnest', 'Josh Earnest', { roles: [{ title: 'Press secretary', organisation: 'white-house' }] }),
  withBodyLinks(person('barack-obama', 'Barack Obama'), [{ collection: 'people', id: 'josh-earnest' }]),
  source('report'),
  withBodyLinks(
    letter('letter', {
      title: 'Letter to the President',
      date: '2015-06-08',
      signatories: ['iti', 'apple'],
      recipients: ['barack-obama'],
      stance: 'opposes',
      jurisdiction: 'us',
    }),
    [
      { collection: 'organisations', id: 'white-house' },
      { collection: 'organisations', id: 'white-house' },
    ],
  ),
  quote('thorny', {
    text: 'This is a very thorny policy challenge, and maybe even among the most difficult challenges that the President faces',
    speaker: 'josh-earnest',
    date: '2015-06',
    stance: 'undecided',
  }),
  quote('letter-line', {
    text: 'We are opposed',
    speaker: 'iti',
    date: '2015-06-08',
    stance: 'opposes',
    letter: 'letter',
  }),
  position('us-1', {
    jurisdiction: 'us',
    actor: 'white-house',
    subject: 'access to encrypted data',
    stance: 'undecided',
    date: '2015-06',
    quotes: ['thorny'],
  }),
  position('us-2', {
    jurisdiction: 'us',
    actor: 'white-house',
    subject: 'legislation on encrypted data',
    stance: 'mixed',
    date: '2015-10-10',
    supersedes: 'us-1',
  }),
  position('us-other', {
    jurisdiction: 'us',
    actor: 'apple',
    subject: 'device encryption',
    stance: 'opposes',
    date: '2014',
    letters: ['letter'],
  }),
];

const graph = buildEntryGraph(inputs);

describe('edges', () => {
  it('turns every frontmatter reference into an edge labelled with its field', () => {
    const fields = graph.outgoing(entryKey('letters', 'letter')).map((edge) => `${edge.field}->${edge.to}`);
    expect(fields).toEqual([
      'signatories->organisations/iti',
      'signatories->organisations/apple',
      'recipients->people/barack-obama',
      'jurisdiction->jurisdictions/us',
      'sources->sources/report',
      'body->organisations/white-house',
    ]);
  });

  it('resolves an actor id to a person or an organisation', () => {
    expect(graph.linked(entryKey('quotes', 'thorny'), 'speaker').map((e) => `${e.collection}/${e.id}`)).toEqual([
      'people/josh-earnest',
    ]);
    expect(graph.linked(entryKey('quotes', 'letter-line'), 'speaker').map((e) => `${e.collection}/${e.id}`)).toEqual([
      'organisations/iti',
    ]);
  });

  it('follows role organisations and body links', () => {
    expect(graph.outgoing(entryKey('people', 'josh-earnest')).map((e) => `${e.field}->${e.to}`)).toEqual([
      'roles.organisation->organisations/white-house',
    ]);
    expect(graph.backlinks(entryKey('people', 'josh-earnest')).map((e) => `${e.from}:${e.field}`)).toEqual([
      'people/barack-obama:body',
      'quotes/thorny:speaker',
    ]);
  });

  it('keeps one edge when the body links twice to the same entry', () => {
    expect(graph.outgoing(entryKey('letters', 'letter')).filter((edge) => edge.field === 'body')).toHaveLength(1);
  });

  it('refuses a reference the content check should have refused, rather than drop it', () => {
    const orphan = quote('orphan', { text: 'Words', speaker: 'nobody', date: '2015', stance: 'opposes' });
    expect(() => buildEntryGraph([...inputs, orphan])).toThrow('quotes/orphan: speaker refers to "nobody"');
  });
});

describe('backlink groups', () => {
  it('groups backlinks by the kind of the linking entry and by how they link', () => {
    const groups = graph.backlinkGroups(entryKey('organisations', 'apple'));
    const summary = groups.map(({ collection, groups: byField }) => [
      collection,
      byField.map((g) => [g.label, g.entries.map((e) => e.id)]),
    ]);
    expect(summary).toEqual([
      ['letters', [['Letters signed', ['letter']]]],
      ['positions', [['Positions held', ['us-other']]]],
      ['organisations', [['Member of', ['iti']]]],
    ]);
  });

  it('lists a body mention only when the entry does not already link through a field', () => {
    const mentioning = buildEntryGraph([
      ...inputs.filter((input) => input.id !== 'thorny'),
      { ...inputs.find((input) => input.id === 'thorny')!, bodyLinks: [{ collection: 'people', id: 'josh-earnest' }] },
    ]);
    const groups = mentioning.backlinkGroups(entryKey('people', 'josh-earnest'));
    expect(groups.map((g) => [g.collection, g.groups.map((x) => [x.label, x.entries.map((e) => e.id)])])).toEqual([
      ['quotes', [['Quotes', ['thorny']]]],
      ['people', [['Mentioned in', ['barack-obama']]]],
    ]);
  });

  it('leaves out the mentions of entries this one already links to through a field (a letter’s signatories)', () => {
    const mentioning = buildEntryGraph([
      ...inputs.filter((input) => input.id !== 'apple' && input.id !== 'josh-earnest'),
      { ...inputs.find((input) => input.id === 'apple')!, bodyLinks: [{ collection: 'letters', id: 'letter' }] },
      { ...inputs.find((input) => input.id === 'josh-earnest')!, bodyLinks: [{ collection: 'letters', id: 'letter' }] },
    ]);
    const groups = mentioning.backlinkGroups(entryKey('letters', 'letter'));
    // Apple signed it and is listed as a signatory on its page; Josh Earnest is not linked from it.
    expect(groups.map((g) => [g.collection, g.groups.map((x) => [x.label, x.entries.map((e) => e.id)])])).toEqual(
      expect.arrayContaining([['people', [['Mentioned in', ['josh-earnest']]]]]),
    );
    expect(groups.find((g) => g.collection === 'organisations')).toBeUndefined();
  });

  it('lists an entry once per group even when it links through several fields', () => {
    const groups = graph.backlinkGroups(entryKey('sources', 'report'));
    const quotes = groups.find((group) => group.collection === 'quotes')!;
    expect(quotes.groups[0]!.entries.map((entry) => entry.id).sort()).toEqual(['letter-line', 'thorny']);
  });
});

describe('positions', () => {
  it('knows what superseded a position', () => {
    expect(supersededBy(graph, graph.get('positions', 'us-1')!)?.id).toBe('us-2');
    expect(supersededBy(graph, graph.get('positions', 'us-2')!)).toBeUndefined();
  });

  it('gives each body of a jurisdiction on its own, newest first, the body with the newest current position first', () => {
    expect(bodiesOf(graph, 'us').map((body) => [body.actor, body.current.id, body.positions.map((p) => p.id)])).toEqual(
      [
        ['white-house', 'us-2', ['us-2', 'us-1']],
        ['apple', 'us-other', ['us-other']],
      ],
    );
    expect(currentPositions(graph, 'us').map((p) => p.id)).toEqual(['us-2', 'us-other']);
  });
});

describe('entry facts', () => {
  it('titles entries of every kind', () => {
    expect(entryTitle(graph, graph.get('people', 'josh-earnest')!)).toBe('Josh Earnest');
    expect(entryTitle(graph, graph.get('quotes', 'thorny')!)).toBe(
      'Josh Earnest: “This is a very thorny policy challenge, and maybe even among the…”',
    );
    expect(entryTitle(graph, graph.get('positions', 'us-2')!)).toBe(
      'White House on legislation on encrypted data, 10 October 2015',
    );
    // Two positions of one body read apart by what they are about, and a year alone is a year.
    expect(entryTitle(graph, graph.get('positions', 'us-1')!)).toBe(
      'White House on access to encrypted data, June 2015',
    );
    expect(entryTitle(graph, graph.get('positions', 'us-other')!)).toBe('Apple on device encryption, 2014');
  });

  it('titles a position by who, what and when, never by its stance alone', () => {
    const title = positionTitle('UK Government', { subject: 'Online Safety Act scanning powers', date: '2023-10-26' });
    expect(title).toBe('UK Government on Online Safety Act scanning powers, 26 October 2023');
    expect(title).not.toMatch(/supports|opposes|mixed|undecided/i);
  });

  it('sorts newest first, undated entries last', () => {
    const entries = [
      graph.get('people', 'barack-obama')!,
      graph.get('positions', 'us-other')!,
      graph.get('quotes', 'thorny')!,
      graph.get('letters', 'letter')!,
    ];
    expect(entries.sort(compareNewestFirst(graph)).map((e) => e.id)).toEqual([
      'letter',
      'thorny',
      'us-other',
      'barack-obama',
    ]);
    expect(entryDate(graph.get('sources', 'report')!)).toBe('2015-06-09');
  });
});
