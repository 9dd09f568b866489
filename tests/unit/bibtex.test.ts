import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexEscape, bibtexNames, bibtexUrl } from '../../src/lib/bibtex.ts';
import { latexText, parseBibtex } from '../helpers/bibtex.ts';

/** A field's text as BibTeX, then LaTeX, read it: it must be one entry whose field prints the text. */
function readBack(value: string): string {
  const entries = parseBibtex(bibtexEntry('misc', 'k', [['title', value]]));
  expect(entries).toHaveLength(1);
  return latexText(entries[0]!.fields.title!);
}

describe('bibtexEscape', () => {
  it('escapes the characters LaTeX reads as syntax, so they print as they are', () => {
    expect(bibtexEscape('50% & #1 $x_y ^ ~ \\ @')).toBe(
      '50\\% \\& \\#1 \\$x\\_y \\textasciicircum{} \\textasciitilde{} \\textbackslash{} {@}',
    );
  });

  it.each([
    ['a closing brace', 'A } title'],
    ['a backslashed closing brace (BibTeX still counts it)', 'A \\} title'],
    ['an opening brace', 'A { title'],
    [
      'braces that close the field and open a preamble',
      '}, @preamble{"\\immediate\\write18{id}\\input{/etc/passwd}"} x = {',
    ],
    ['a comment sign', '100% % of the rest of the line'],
    ['every special', '\\ { } @ % # ~ ^ & $ _'],
  ])('%s: one entry, the field reads back as the text', (_, text) => {
    expect(readBack(bibtexEscape(text))).toBe(text);
  });

  it('writes a line break as a space, so no text starts a line of its own (an @ there starts an entry for some tools)', () => {
    const escaped = bibtexEscape('line one\n@preamble{"x"}\r\nline\u2028three');
    expect(escaped).not.toMatch(/[\r\n\u2028]/);
    expect(readBack(escaped)).toBe('line one @preamble{"x"} line three');
  });

  it('drops control characters', () => {
    expect(bibtexEscape('a\u0000b\u001bc\u0085d')).toBe('abcd');
  });
});

describe('bibtexNames', () => {
  it('joins names with " and ", bracing an "and" inside a name so it stays one name', () => {
    expect(bibtexNames(['A. Reporter', 'Barnes and Noble Staff', 'C}'])).toBe(
      'A. Reporter and Barnes {and} Noble Staff and C\\textbraceright{}',
    );
  });
});

describe('bibtexUrl', () => {
  it('keeps an ordinary URL as it is, its own % escapes and syntax included', () => {
    const url = 'https://example.org/a_b/c~d?x=1&y=%20#top';
    expect(bibtexUrl(url)).toBe(url);
  });

  it('percent-encodes ^, which TeX reads in ^^5c as a backslash where the field is not read verbatim', () => {
    expect(bibtexUrl('https://x.example/?a=^^5cinput^^7b/etc/passwd^^7d')).toBe(
      'https://x.example/?a=%5E%5E5cinput%5E%5E7b/etc/passwd%5E%5E7d',
    );
  });

  it('percent-encodes what could end the field or the line: braces, backslash, whitespace, controls', () => {
    const hostile = 'https://x.example/?q=}\n@preamble{"\\immediate\\write18{id}\\input{/etc/passwd}"}\u0000 x';
    const written = bibtexUrl(hostile);
    expect(written).toBe(
      'https://x.example/?q=%7D%0A@preamble%7B"%5Cimmediate%5Cwrite18%7Bid%7D%5Cinput%7B/etc/passwd%7D"%7D%00%20x',
    );
    const entries = parseBibtex(bibtexEntry('misc', 'k', [['url', written]]));
    expect(entries.map(({ type }) => type)).toEqual(['misc']);
    expect(decodeURIComponent(entries[0]!.fields.url!)).toBe(hostile);
  });
});

describe('bibtexEntry', () => {
  it('refuses a key or a value that would end the entry early', () => {
    expect(() => bibtexEntry('misc', 'a,b', [])).toThrow(/Not a BibTeX key/);
    expect(() => bibtexEntry('misc', 'k', [['title', 'a}']])).toThrow(/title would end its entry/);
    expect(() => bibtexEntry('misc', 'k', [['title', 'a\n@x']])).toThrow(/title would end its entry/);
  });
});
