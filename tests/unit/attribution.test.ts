import { describe, expect, it } from 'vitest';
import { quoteAttribution, roleOn, roleText } from '../../src/lib/attribution.ts';
import { type AnyGraphInput, buildEntryGraph } from '../../src/lib/graph.ts';

const inputs: AnyGraphInput[] = [
  {
    collection: 'organisations',
    id: 'fbi',
    data: { name: 'Federal Bureau of Investigation', kind: 'agency', aliases: ['FBI'] },
    bodyLinks: [],
  },
  { collection: 'organisations', id: 'signal', data: { name: 'Signal', kind: 'company' }, bodyLinks: [] },
  {
    collection: 'people',
    id: 'comey',
    data: { name: 'James Comey', roles: [{ title: 'Director', organisation: 'fbi' }] },
    bodyLinks: [],
  },
  {
    collection: 'people',
    id: 'whittaker',
    data: { name: 'Meredith Whittaker', roles: [{ title: 'President of Signal', organisation: 'signal' }] },
    bodyLinks: [],
  },
  {
    collection: 'people',
    id: 'minister',
    data: {
      name: 'A. Minister',
      roles: [
        { title: 'Minister of Justice', from: '2015-03', to: '2017-10-26' },
        { title: 'Home Secretary', from: '2018' },
      ],
    },
    bodyLinks: [],
  },
  {
    collection: 'people',
    id: 'two-hats',
    data: { name: 'Two Hats', roles: [{ title: 'Senator' }, { title: 'Chair, a committee' }] },
    bodyLinks: [],
  },
  { collection: 'people', id: 'no-role', data: { name: 'No Role' }, bodyLinks: [] },
];
const graph = buildEntryGraph(inputs);
const said = (speaker: string, date: string) => quoteAttribution(graph, { speaker, date });

describe('quoteAttribution', () => {
  it('names the speaker with their only role and its organisation', () => {
    expect(said('comey', '2014-10-16')).toBe('James Comey, Director, Federal Bureau of Investigation');
  });

  it('does not repeat an organisation the title already names', () => {
    expect(said('whittaker', '2025-03')).toBe('Meredith Whittaker, President of Signal');
  });

  it('takes the role whose dates hold the quote’s date, a partial date included', () => {
    expect(said('minister', '2016-05-01')).toBe('A. Minister, Minister of Justice');
    expect(said('minister', '2017-10')).toBe('A. Minister, Minister of Justice');
    expect(said('minister', '2019')).toBe('A. Minister, Home Secretary');
  });

  it('falls back to the name alone when no role fits or which one is not known', () => {
    expect(said('minister', '2017-12-01')).toBe('A. Minister');
    expect(said('minister', '2014')).toBe('A. Minister');
    expect(said('two-hats', '2020')).toBe('Two Hats');
    expect(said('no-role', '2020')).toBe('No Role');
    // An organisation speaks as itself.
    expect(said('signal', '2020')).toBe('Signal');
  });
});

describe('roleOn', () => {
  it('prefers a dated role that holds the date over an undated one', () => {
    const roles = [{ title: 'Adviser' }, { title: 'Director', from: '2013-09', to: '2017-05' }];
    expect(roleOn(roles, '2015')?.title).toBe('Director');
    expect(roleOn(roles, '2018')).toBeUndefined();
  });
});

describe('roleText', () => {
  it('gives the same words when asked again, and reads each graph’s own organisation names', () => {
    const role = { title: 'Director', organisation: 'fbi' };
    expect(roleText(graph, role)).toBe('Director, Federal Bureau of Investigation');
    expect(roleText(graph, role)).toBe('Director, Federal Bureau of Investigation');
    const renamed = buildEntryGraph(
      inputs.map((input) =>
        input.id === 'fbi' ? { ...input, data: { name: 'Bureau', kind: 'agency' } } : input,
      ) as AnyGraphInput[],
    );
    expect(roleText(renamed, role)).toBe('Director, Bureau');
    expect(roleText(graph, role)).toBe('Director, Federal Bureau of Investigation');
  });
});
