import { describe, expect, it } from 'vitest';
import { isPartialList, reportedCountText, signatoryCountText } from '../../src/lib/signatory-count.ts';

const six = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('signatoryCountText', () => {
  it('counts the named list alone when the sources report no count', () => {
    expect(signatoryCountText({ signatories: six })).toBe('6 signatories');
    expect(signatoryCountText({ signatories: ['a'] })).toBe('1 signatory');
    expect(isPartialList({ signatories: six })).toBe(false);
  });

  it('says a partial list is partial: named of reported, as a number, a range or a lower bound', () => {
    expect(signatoryCountText({ signatories: six, signatories_reported: { min: 143, max: 150 } })).toBe(
      '6 named of 143–150 reported',
    );
    expect(signatoryCountText({ signatories: six, signatories_reported: { min: 133, max: 133 } })).toBe(
      '6 named of 133 reported',
    );
    expect(signatoryCountText({ signatories: six, signatories_reported: { min: 58 } })).toBe(
      '6 named of at least 58 reported',
    );
    expect(isPartialList({ signatories: six, signatories_reported: { min: 58 } })).toBe(true);
  });

  it('says a list is complete when the reported count is the named count', () => {
    const letter = { signatories: six, signatories_reported: { min: 6, max: 6 } };
    expect(isPartialList(letter)).toBe(false);
    expect(signatoryCountText(letter)).toBe('6 signatories, all named');
  });

  it('counts a signatory named twice once', () => {
    expect(signatoryCountText({ signatories: ['a', 'a'], signatories_reported: { min: 3, max: 3 } })).toBe(
      '1 named of 3 reported',
    );
  });
});

describe('reportedCountText', () => {
  it('writes a range with an en dash and an open count as a lower bound', () => {
    expect(reportedCountText({ min: 143, max: 150 })).toBe('143–150');
    expect(reportedCountText({ min: 47, max: 47 })).toBe('47');
    expect(reportedCountText({ min: 58 })).toBe('at least 58');
  });
});
