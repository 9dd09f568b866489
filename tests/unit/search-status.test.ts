/** The sentence announcing a search's results (src/scripts/search/result-status.ts). */
import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '../../src/lib/search-query.ts';
import { describeResults } from '../../src/scripts/search/result-status.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));
const LABELS: Record<string, string> = { quote: 'Quote', person: 'Person', gb: 'United Kingdom' };
const labelOf = (_key: string, value: string) => LABELS[value] ?? value;

describe('describeResults', () => {
  it('says how many results, for which words, filtered by which values, in their labels', () => {
    expect(describeResults(parse('q=encryption'), 9, 0, labelOf)).toBe('9 results for “encryption”.');
    expect(describeResults(parse('q=encryption&kind=quote&jurisdiction=gb'), 2, 0, labelOf)).toBe(
      '2 results for “encryption”, filtered by Quote, United Kingdom.',
    );
    expect(describeResults(parse('q=zzzyzx'), 0, 0, labelOf)).toBe('No results for “zzzyzx”.');
    expect(describeResults(parse('kind=quote'), 1, 0, labelOf)).toBe('1 result, filtered by Quote.');
  });

  it('names an exact phrase as one', () => {
    expect(describeResults(parse('q="thorny policy challenge"'), 1, 0, labelOf)).toBe(
      '1 result for the exact phrase "thorny policy challenge".',
    );
  });

  it('in a date order, says the order and where the undated results are', () => {
    expect(describeResults(parse('q=encryption&sort=newest'), 9, 1, labelOf)).toBe(
      '9 results for “encryption”, newest first, then 1 undated.',
    );
    expect(describeResults(parse('sort=oldest'), 30, 0, labelOf)).toBe('30 results, oldest first.');
    expect(describeResults(parse('kind=person&sort=newest'), 3, 3, labelOf)).toBe(
      '3 results, filtered by Person, none of them dated.',
    );
  });
});
