import { describe, expect, it } from 'vitest';
import { listHint, listValues, nameMatches } from '../../src/lib/facet-values.ts';

const people = [
  { value: 'alex-harper', label: 'Alex Harper' },
  { value: 'maria-de-vries', label: 'Maria de Vries' },
  { value: 'jose-alvarez', label: 'José Álvarez' },
  { value: 'harbour-telecom', label: 'Harbour Telecom' },
  { value: 'sam-okafor', label: 'Sam Okafor' },
];
const values = (list: { value: string }[]) => list.map((item) => item.value);

describe('nameMatches', () => {
  it('finds a name by the beginnings of its words, in any case and without accents', () => {
    expect(nameMatches('Alex Harper', 'har')).toBe(true);
    expect(nameMatches('Alex Harper', 'al har')).toBe(true);
    expect(nameMatches('Maria de Vries', 'DE VR')).toBe(true);
    expect(nameMatches('José Álvarez', 'jose alv')).toBe(true);
  });

  it('does not find a name by the middle of a word, or when one typed word matches nothing', () => {
    expect(nameMatches('Alex Harper', 'arp')).toBe(false);
    expect(nameMatches('Alex Harper', 'alex smith')).toBe(false);
  });

  it('finds every name when nothing is typed', () => {
    expect(nameMatches('Sam Okafor', '  ')).toBe(true);
  });
});

describe('listValues', () => {
  const counts = { 'alex-harper': 4, 'maria-de-vries': 2, 'jose-alvarez': 2, 'harbour-telecom': 1 };

  it('lists those with the most results first, ties by name, up to the limit, and none without results', () => {
    const { listed, matching } = listValues({ values: people, counts, chosen: [], typed: '', limit: 3 });
    expect(values(listed)).toEqual(['alex-harper', 'jose-alvarez', 'maria-de-vries']);
    expect(matching).toBe(4); // Sam Okafor has no results here.
  });

  it('always lists a chosen value, even beyond the limit or without results, so it can be undone', () => {
    const { listed } = listValues({
      values: people,
      counts,
      chosen: ['sam-okafor', 'harbour-telecom'],
      typed: '',
      limit: 2,
    });
    expect(values(listed)).toEqual(['alex-harper', 'jose-alvarez', 'harbour-telecom', 'sam-okafor']);
  });

  it('lists the names matching what was typed, and counts them', () => {
    const { listed, matching } = listValues({ values: people, counts, chosen: [], typed: 'har', limit: 10 });
    expect(values(listed)).toEqual(['alex-harper', 'harbour-telecom']);
    expect(matching).toBe(2);
    expect(listValues({ values: people, counts, chosen: [], typed: 'okafor', limit: 10 })).toEqual({
      listed: [],
      matching: 0,
    });
  });
});

describe('listHint', () => {
  it('says what is listed and how to find the rest', () => {
    expect(listHint({ matching: 2431, typed: '', limit: 10 })).toBe(
      'The 10 with the most results of 2,431. Type a name to find the others.',
    );
    expect(listHint({ matching: 4, typed: '', limit: 10 })).toBe('');
    expect(listHint({ matching: 1, typed: 'zeph', limit: 10 })).toBe('1 name matches “zeph”.');
    expect(listHint({ matching: 0, typed: 'zz', limit: 10 })).toBe('No name with results matches “zz”.');
    expect(listHint({ matching: 40, typed: 'a', limit: 10 })).toBe(
      'The 10 with the most results of 40 names matching “a”.',
    );
  });
});
