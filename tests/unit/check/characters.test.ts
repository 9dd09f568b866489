/**
 * The character rules apply to the values the site publishes, not only to the bytes of the file:
 * YAML escapes in the frontmatter and character references in a body decode to the
 * characters the rules refuse, and so do C0 and C1 controls, noncharacters and lone surrogates.
 */
import { describe, expect, it } from 'vitest';
import { describeCharacter } from '../../../src/lib/check/character-names.ts';
import { change, checkWith } from '../../helpers/check-tree.ts';

const QUOTE = 'content/quotes/fixture-letter-line.mdx';
const PERSON = 'content/people/fixture-minister.mdx';
const MINISTRY = 'content/organisations/fixture-ministry.mdx';
const SOURCE = 'content/sources/fixture-news-2020.mdx';

const INVISIBLE =
  'remove it: it is invisible, or changes the order in which text is shown, so readers would not see what reviewers read';
const CONTROL =
  'remove it: control characters other than tab and line feed are not text, and break the feeds and files readers download';
const NOT_A_CHARACTER = 'remove it: it is not a character, and no reader can show it';
const LINE_BREAK = 'an ordinary line break (\\n): other line separators are read differently by different tools';

describe('describeCharacter', () => {
  it.each([
    [0x0000, 'U+0000 NULL'],
    [0x001b, 'U+001B ESCAPE'],
    [0x007f, 'U+007F DELETE'],
    [0x0085, 'U+0085 NEXT LINE'],
    [0x009f, 'U+009F APPLICATION PROGRAM COMMAND'],
    [0x202e, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    [0xfffe, 'U+FFFE a noncharacter (a code point reserved never to be text)'],
    [0x1ffff, 'U+1FFFF a noncharacter (a code point reserved never to be text)'],
    [0xdc00, 'U+DC00 a lone surrogate (half of a pair, not a character)'],
  ])('names %s', (codePoint, described) => {
    expect(describeCharacter(codePoint)).toBe(described);
  });
});

describe('characters written as YAML escapes', () => {
  it.each([
    ['\\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE', INVISIBLE],
    ['\\u200B', 'U+200B ZERO WIDTH SPACE', INVISIBLE],
    ['\\L', 'U+2028 LINE SEPARATOR', LINE_BREAK],
    ['\\r', 'U+000D CARRIAGE RETURN', LINE_BREAK],
    ['\\0', 'U+0000 NULL', CONTROL],
    ['\\e', 'U+001B ESCAPE', CONTROL],
    ['\\x7F', 'U+007F DELETE', CONTROL],
    ['\\N', 'U+0085 NEXT LINE', CONTROL],
    ['\\x9B', 'U+009B CONTROL SEQUENCE INTRODUCER', CONTROL],
    ['\\uFFFE', 'U+FFFE a noncharacter (a code point reserved never to be text)', NOT_A_CHARACTER],
    ['\\uFDD0', 'U+FDD0 a noncharacter (a code point reserved never to be text)', NOT_A_CHARACTER],
    ['\\U0010FFFF', 'U+10FFFF a noncharacter (a code point reserved never to be text)', NOT_A_CHARACTER],
    ['\\uD800', 'U+D800 a lone surrogate (half of a pair, not a character)', NOT_A_CHARACTER],
  ])('%s in a quote’s words', async (escape, described, expected) => {
    const { lines } = await checkWith(change(QUOTE, 'keeps everyone', `keeps${escape} everyone`));
    expect(lines).toEqual([`${QUOTE}:2: text: contains ${described} — ${expected}`]);
  });

  it('allows tab and line feed, and a pair of surrogates (one character)', async () => {
    const { lines } = await checkWith(change(QUOTE, 'keeps everyone', 'keeps\\tevery\\none \\uD83D\\uDD10'));
    expect(lines).toEqual([]);
  });

  it('in nested values: a role’s title, and an item of a list', async () => {
    const { lines } = await checkWith({
      ...change(PERSON, 'title: Minister of Justice', 'title: "Minister of\\u202E Justice"'),
      ...change(MINISTRY, 'aliases: [FMJ]', 'aliases: [FMJ, "Fixture\\u200BMinistry"]'),
    });
    expect(lines).toEqual([
      `${MINISTRY}:5: aliases[1]: contains U+200B ZERO WIDTH SPACE — ${INVISIBLE}`,
      `${PERSON}:4: roles[0].title: contains U+202E RIGHT-TO-LEFT OVERRIDE — ${INVISIBLE}`,
    ]);
  });

  it('in a field name', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', 'stance: opposes\n"con\\u202Etext": x'));
    // The schema's report names the field with the character escaped, so the report itself is not reversed.
    expect(lines[1]).toMatch(/^[^:]+:6: con\\u202Etext: is not a field of this collection/);
    expect(lines[0]).toBe(
      `${QUOTE}:6: frontmatter: a field name contains U+202E RIGHT-TO-LEFT OVERRIDE — ${INVISIBLE}`,
    );
  });

  it('each character once per value, and at most five reports per file', async () => {
    const { lines } = await checkWith(
      change(QUOTE, 'keeps everyone', `keeps${'\\u202E'.repeat(3)}\\0\\e\\N\\x01\\x02 everyone`),
    );
    expect(lines).toHaveLength(5);
    expect(lines.filter((line) => line.includes('U+202E'))).toHaveLength(1);
  });

  it('a URL field reports its canonical form, not also the character', async () => {
    const { lines } = await checkWith(
      change(SOURCE, 'url: https://news.example.org/2020/06/fixture', 'url: "https://news.example.org/\\u202Ex"'),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /url: "https:\/\/news\.example\.org\/\\u202Ex" is not in its canonical form: write https:\/\/news\.example\.org\/%E2%80%AEx/,
    );
  });
});

describe('characters written as themselves', () => {
  it('a control character in the file: one report, not also a YAML error', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', 'stance: opp\u0001oses'));
    expect(lines).toEqual([`${QUOTE}:5: stance: contains U+0001 START OF HEADING — ${CONTROL}`]);
  });

  it('in a YAML comment, which no value holds', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', 'stance: opposes # \u202eesoppo'));
    expect(lines).toEqual([`${QUOTE}:5: stance: contains U+202E RIGHT-TO-LEFT OVERRIDE — ${INVISIBLE}`]);
  });

  it('a C1 control in the body', async () => {
    const { lines } = await checkWith(change(QUOTE, 'A line from', 'A line\u009b from'));
    expect(lines).toEqual([`${QUOTE}:10: body: contains U+009B CONTROL SEQUENCE INTRODUCER — ${CONTROL}`]);
  });
});

describe('character references in a body', () => {
  it.each([
    ['&#x202E;', 'U+202E RIGHT-TO-LEFT OVERRIDE', INVISIBLE],
    ['&#8203;', 'U+200B ZERO WIDTH SPACE', INVISIBLE],
    ['&NoBreak;', 'U+2060 WORD JOINER', INVISIBLE],
    ['&#x2029;', 'U+2029 PARAGRAPH SEPARATOR', LINE_BREAK],
    ['&#13;', 'U+000D CARRIAGE RETURN', LINE_BREAK],
    // The parser shows these as U+FFFD: refused as written, so the page never differs from the file.
    ['&#0;', 'U+0000 NULL', CONTROL],
    ['&#x1B;', 'U+001B ESCAPE', CONTROL],
    ['&#x85;', 'U+0085 NEXT LINE', CONTROL],
    ['&#xFFFF;', 'U+FFFF a noncharacter (a code point reserved never to be text)', NOT_A_CHARACTER],
    ['&#xDFFF;', 'U+DFFF a lone surrogate (half of a pair, not a character)', NOT_A_CHARACTER],
  ])('%s, by its line in the file', async (reference, described, expected) => {
    const { lines } = await checkWith(change(QUOTE, 'A line from', `A line\n\nsays ${reference} from`));
    expect(lines).toEqual([`${QUOTE}:12: body: contains ${described} — ${expected}`]);
  });

  it('in a link’s title and a JSX attribute', async () => {
    const source = 'content/sources/fixture-news-2020.mdx';
    const { lines } = await checkWith({
      ...change(QUOTE, '(/letters/fixture-letter-2020/)', '(/letters/fixture-letter-2020/ "t&#x202E;")'),
      ...change(
        source,
        '<Correction date="2021-01-02">An earlier version',
        '<Correction date="2021-01-02" title="a&#x2066;b">An earlier&#8203; version',
      ),
    });
    expect(lines.filter((line) => line.includes('U+'))).toEqual([
      `${QUOTE}:10: body: contains U+202E RIGHT-TO-LEFT OVERRIDE — ${INVISIBLE}`,
      `${source}:12: body: contains U+2066 LEFT-TO-RIGHT ISOLATE — ${INVISIBLE}`,
      `${source}:12: body: contains U+200B ZERO WIDTH SPACE — ${INVISIBLE}`,
    ]);
  });

  it('leaves references in code alone: they are shown as written', async () => {
    const { lines } = await checkWith(
      change(QUOTE, 'A line from', 'A line `&#x202E; &#0;` from\n\n```\n&#8203;\n```\n\nThen'),
    );
    expect(lines).toEqual([]);
  });

  it('reports a character written as itself once, not again as text', async () => {
    const { lines } = await checkWith(
      change(QUOTE, 'A line from', 'A [line\u202e](/letters/fixture-letter-2020/) from'),
    );
    expect(lines).toEqual([`${QUOTE}:10: body: contains U+202E RIGHT-TO-LEFT OVERRIDE — ${INVISIBLE}`]);
  });
});
