import { describe, expect, it } from 'vitest';
import { markTerms, stem } from '../../src/lib/mark-terms.ts';

const marked = (text: string, q: string) =>
  markTerms(text, q)
    .filter((run) => run.match)
    .map((run) => run.text);

describe('markTerms', () => {
  it('marks words that begin with a query word, in any case', () => {
    expect(marked('Strong Encryption protects encrypted data', 'encrypt')).toEqual(['Encryption', 'encrypted']);
  });

  it('marks other forms of a word through its stem', () => {
    expect(marked('The policies of encrypted apps', 'policy encryption')).toEqual(['policies', 'encrypted']);
  });

  it('marks a quoted phrase only where its words stand together', () => {
    const text = 'A thorny policy challenge; policy is thorny, a challenge';
    expect(marked(text, '"thorny policy challenge"')).toEqual(['thorny policy challenge']);
    expect(marked(text, '“thorny policy challenge”')).toEqual(['thorny policy challenge']);
  });

  it('keeps all the text, in order', () => {
    const text = 'Back doors for the police are back doors for everyone.';
    expect(
      markTerms(text, 'doors')
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });

  it('marks nothing for an empty query or one with no word', () => {
    expect(markTerms('Some words', '  ')).toEqual([{ text: 'Some words', match: false }]);
    expect(markTerms('Some words', '"" ?')).toEqual([{ text: 'Some words', match: false }]);
  });
});

describe('stem', () => {
  it('drops one common ending when enough is left', () => {
    expect(stem('encryption')).toBe('encrypt');
    expect(stem('Policies')).toBe('polic');
    expect(stem('they')).toBe('they');
  });
});
