import { describe, expect, it } from 'vitest';
import { bestMatch, FUZZY_MAX_ERROR_RATE, matchParts } from '../../../src/lib/verify/match-quote.ts';
import { normaliseForMatch } from '../../../src/lib/verify/normalise.ts';
import { quoteParts } from '../../../src/lib/verify/quote-parts.ts';

describe('normaliseForMatch', () => {
  it('makes typography alike: quotation marks, dashes, spaces, case', () => {
    expect(normaliseForMatch('\u201CIt\u2019s  \u00ABsafe\u00BB\u201D \u2014 Said\u00A0the\u202FMinister')).toBe(
      '"it"s "safe"" - said the minister',
    );
    expect(normaliseForMatch('safe\u2013secure')).toBe(normaliseForMatch('safe -- secure'));
  });

  it('drops soft hyphens and zero-width characters, and rejoins a word hyphenated across a line', () => {
    expect(normaliseForMatch('encryp\u00ADtion and back\u200Bdoors')).toBe('encryption and backdoors');
    expect(normaliseForMatch('we will not weaken encryp-\n  tion')).toBe('we will not weaken encryption');
    // A hyphen within a line is the word's own.
    expect(normaliseForMatch('end-to-end')).toBe('end-to-end');
  });

  it('applies NFKC: ligatures and full-width letters as plain letters, an ellipsis as three dots', () => {
    expect(normaliseForMatch('\uFB01nd \uFF21BC\u2026')).toBe('find abc...');
  });
});

describe('quoteParts', () => {
  it('splits at editorial ellipses and brackets, trimming the punctuation at each end', () => {
    expect(quoteParts('We will \u2026 never [sic] build it... Not [the government]. Ever [\u2026] again.')).toEqual([
      'we will',
      'never',
      'build it',
      'not',
      'ever',
      'again',
    ]);
  });

  it('keeps a quote with no editorial marks whole', () => {
    expect(quoteParts('\u201CEncryption keeps us safe.\u201D')).toEqual(['encryption keeps us safe']);
  });
});

describe('matching a quote', () => {
  const page = normaliseForMatch('The minister said: \u201CWe will never build a back door into encryption.\u201D');

  it('finds every part exactly', () => {
    expect(matchParts(quoteParts('We will never build a back door'), page)).toEqual({
      match: 'exact',
      parts: [{ part: 'we will never build a back door', match: 'exact', errors: 0 }],
    });
  });

  it(`finds a part fuzzily within ${FUZZY_MAX_ERROR_RATE * 100}% edits, and not beyond`, () => {
    // 31 characters allow 3 edits: "backdoor" for "back door" is one.
    expect(matchParts(['we will never build a backdoor'], page)).toMatchObject({
      match: 'fuzzy',
      parts: [{ errors: 1 }],
    });
    expect(matchParts(['we shall always build a backdoor'], page).match).toBe('none');
  });

  it('matches whole words only, and never a short part fuzzily', () => {
    expect(matchParts(['we wil'], page).match).toBe('none');
    // Inside a word costs an edit: close, not exact.
    expect(matchParts(['ll never build'], page)).toMatchObject({ match: 'fuzzy', parts: [{ errors: 1 }] });
    expect(matchParts(['into encryption'], page).match).toBe('exact');
    expect(matchParts(['we wull'], page).match).toBe('none');
  });

  it('is not found when any part is missing', () => {
    const found = matchParts(['we will never', 'weaken anything'], page);
    expect(found.match).toBe('none');
    expect(found.parts.map((part) => part.match)).toEqual(['exact', 'none']);
  });

  it('takes the best of several texts (the article, the whole page)', () => {
    const article = normaliseForMatch('We will never');
    expect(bestMatch(['we will never', 'into encryption'], [article, page]).match).toBe('exact');
    expect(bestMatch(['not here'], [article, page]).match).toBe('none');
  });
});
