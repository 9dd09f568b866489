/**
 * The gate reads every file exactly as the build does, and nothing hostile gets past it:
 * one split of frontmatter and body (Astro's own), YAML read with Astro's types, characters that
 * read differently to reviewers and readers, bounded work for any body, no request to another host,
 * and a message — never a stack trace — for whatever a YAML reader cannot take.
 */
import { extractFrontmatter, parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it, vi } from 'vitest';
import { parseFrontmatter, splitEntry } from '../../../src/lib/check/parse-entry.ts';
import { BODY_LIMITS, bodyShapeProblems } from '../../../src/lib/check/body-shape.ts';
import { YamlTimestamp } from '../../../src/lib/yaml-timestamp.ts';
import { change, checkWith, fixtureText } from '../../helpers/check-tree.ts';

const QUOTE = 'content/quotes/fixture-letter-line.mdx';
const SOURCE = 'content/sources/fixture-news-2020.mdx';
const quote = fixtureText(QUOTE);

const source = (text: string) => ({ file: 'f.mdx', collection: 'quotes' as const, id: 'f', text });

/** A small deterministic generator (mulberry32), so a failure names an input that can be rerun. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['---', '+++', '----', '--- ', '---x', 'a: 1', 'b: "two"', 'c: [x, y]', '', ' ', '\uFEFF', 'Body.'];
const BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029'];

function generated(count: number): string[] {
  const next = random(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, () => {
    const lines = Array.from({ length: 2 + Math.floor(next() * 7) }, () => pick(PIECES));
    // Most inputs start like an entry, so that the interesting cases (where the frontmatter ends) come up.
    if (next() < 0.7) lines.unshift('---');
    return lines.map((line) => line + pick(BREAKS)).join('');
  });
}

describe('one split: the check cuts a file where Astro does', () => {
  const inputs = [
    ...generated(3000),
    quote,
    '\n\n---\ntext: a\n---\nBody',
    '\uFEFF---\na: 1\n---\n',
    '---\na: 1\n---',
    '---\r\na: 1\r\n---\r\nBody\r\n',
  ];

  it('on thousands of generated inputs, agrees with Astro on the frontmatter and on where the body begins', () => {
    let accepted = 0;
    for (const text of inputs) {
      const { split, problems } = splitEntry(source(text));
      if (problems[0]?.message === 'does not start with frontmatter') {
        expect(extractFrontmatter(text), JSON.stringify(text)).toBeUndefined();
      }
      if (!split) continue;
      accepted++;
      // Astro parses the YAML before it cuts the body; YAML it cannot read gets no further there.
      let astro;
      try {
        astro = astroParseFrontmatter(text);
      } catch {
        expect(extractFrontmatter(text)!.endsWith(split.yaml), JSON.stringify(text)).toBe(true);
        continue;
      }
      // Astro's frontmatter text is the check's YAML, after the (empty) rest of the opening line.
      expect(astro.rawFrontmatter.endsWith(split.yaml), JSON.stringify(text)).toBe(true);
      expect(astro.rawFrontmatter.slice(0, -split.yaml.length || undefined).trim(), JSON.stringify(text)).toBe('');
      // Astro's body is the check's body, after nothing but blank space.
      expect(astro.content.endsWith(split.body), JSON.stringify(text)).toBe(true);
      expect(astro.content.slice(0, astro.content.length - split.body.length).trim(), JSON.stringify(text)).toBe('');
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('keeps Windows line ends out of the YAML’s first line and the body’s line numbers', () => {
    const { split } = splitEntry(source('---\r\na: 1\r\n---\r\nBody\r\n'));
    expect(split).toMatchObject({ yaml: 'a: 1\r\n', yamlLine: 2, body: 'Body\r\n', bodyLine: 4 });
  });

  it('refuses a file Astro would read differently from how it looks', () => {
    const problem = (text: string) => splitEntry(source(text)).problems[0]?.message;
    expect(problem('+++\na = 1\n+++\n')).toBe('has TOML frontmatter (+++)');
    expect(problem('--- title: x\na: 1\n---\n')).toBe('the opening line "--- title: x" has text after ---');
    expect(problem('---\na: 1\n----\nb: 2\n---\n')).toBe('the line "----" would end the frontmatter');
    expect(problem('a: 1\n')).toBe('does not start with frontmatter');
    expect(problem('---\na: 1\n')).toBe('the frontmatter is never closed');
  });

  it('reads the YAML with Astro’s types, keeping an unquoted date as written', () => {
    const yaml = [
      'a: 2015-06-08',
      'b: 2015',
      'c: yes',
      'd: NO',
      'e: 0o17',
      'f: ~',
      'g: [1, "2"]',
      'h: !!binary aGk=',
      'i: 2015-02-30',
    ].join('\n');
    const text = `---\n${yaml}\n---\n`;
    const { entry } = parseFrontmatter(splitEntry(source(text)).split!);
    const ours = entry!.data;
    const astro = astroParseFrontmatter(text).frontmatter as Record<string, unknown>;
    expect(ours.a).toEqual(new YamlTimestamp('2015-06-08'));
    expect(astro.a).toEqual(new Date('2015-06-08T00:00:00Z'));
    // Astro quietly turns 2015-02-30 into 2 March; the check keeps what was written, to refuse it.
    expect(ours.i).toEqual(new YamlTimestamp('2015-02-30'));
    const { a: _a, i: _i, ...restOurs } = ours;
    const { a: _b, i: _j, ...restAstro } = astro;
    expect(restOurs).toEqual(restAstro);
  });
});

describe('the check refuses what the build would refuse, with a message', () => {
  it('a text field written as a bare date', async () => {
    const { lines } = await checkWith(change(SOURCE, 'title: Fixture news report', 'title: 2020-06-02'));
    expect(lines).toEqual([
      `${SOURCE}:2: title: found 2020-06-02 written bare, which YAML reads as a date — expected text: put it in double quotes`,
    ]);
  });

  it('a file that is not valid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from(quote.replace('A line', 'A l\u00efne')), Buffer.from([0xff, 0x0a])]);
    const { lines } = await checkWith({ [QUOTE]: bytes });
    expect(lines).toEqual([`${QUOTE}:11: is not valid UTF-8 text — save the file as UTF-8`]);
  });
});

describe('characters that read differently to reviewers and readers', () => {
  it.each([
    ['\u2028', 'U+2028 LINE SEPARATOR'],
    ['\u2029', 'U+2029 PARAGRAPH SEPARATOR'],
    ['\r', 'U+000D CARRIAGE RETURN not followed by a line feed'],
  ])('a line separator other than \\n (%j), in the frontmatter', async (char, name) => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', `stance: opp${char}oses`));
    expect(lines[0]).toBe(
      `${QUOTE}:5: stance: contains ${name} — an ordinary line break (\\n): other line separators are read differently by different tools`,
    );
  });

  it.each([
    ['\u202e', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u202a', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u200b', 'U+200B ZERO WIDTH SPACE'],
    ['\u2060', 'U+2060 WORD JOINER'],
    ['\ufeff', 'U+FEFF BYTE ORDER MARK (ZERO WIDTH NO-BREAK SPACE)'],
  ])('%j in a quote’s words', async (char, name) => {
    const { lines } = await checkWith(change(QUOTE, 'keeps everyone', `keeps${char} everyone`));
    expect(lines).toEqual([
      `${QUOTE}:2: text: contains ${name} — remove it: it is invisible, or changes the order in which text is shown, so readers would not see what reviewers read`,
    ]);
  });

  it('one in the body, by its line', async () => {
    const { lines } = await checkWith(change(QUOTE, 'A line from', 'A line\u202e from'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${QUOTE}:10: body: contains U\\+202E`));
  });

  it('allows the joiners scripts need, Windows line ends and a byte-order mark at the start', async () => {
    const text = `\ufeff${quote.replace('keeps everyone', 'keeps\u200d every\u200cone')}`.replace(/\n/g, '\r\n');
    const { lines } = await checkWith({ [QUOTE]: text });
    expect(lines).toEqual([]);
  });
});

describe('bounded work for any body', () => {
  it('refuses a few hundred kilobytes of nested blockquotes after reading a few markers, before any parser', async () => {
    const body = `${'> '.repeat(95_000)}deep\n`; // 190 KB: just under the file size limit
    // The bound on the gate itself, counted rather than timed (times are the bench's): the shape pass
    // stops reading markers past the limit, so 95,000 levels cost the pattern matches that 20 do.
    const matchesFor = (text: string) => {
      const matches = vi.spyOn(RegExp.prototype, 'exec');
      try {
        expect(bodyShapeProblems(text)).toHaveLength(1);
        return matches.mock.calls.length;
      } finally {
        matches.mockRestore();
      }
    };
    expect(matchesFor(body)).toBe(matchesFor(`${'> '.repeat(20)}deep\n`));
    const { lines } = await checkWith({ [QUOTE]: `${quote}\n${body}` });
    expect(lines).toEqual([
      `${QUOTE}:12: body: nests more than ${BODY_LIMITS.containers} blockquotes or lists — at most ${BODY_LIMITS.containers} levels of > and list markers`,
    ]);
  });

  it.each([
    ['nested lists', `${'- '.repeat(20)}item`, 'containers'],
    ['deep indentation', `${' '.repeat(40)}- item`, 'indent'],
    ['nested brackets', `${'['.repeat(40)}x`, 'brackets'],
    ['a long run of emphasis markers', `${'*'.repeat(60)}x`, 'run'],
    ['emphasis markers without end', '*a '.repeat(500), 'runs'],
    // The parser's work grows with the square of the references in one paragraph (20,000: 5 s).
    ['too many character references in a paragraph', '&#65; '.repeat(401), 'references'],
  ])('refuses %s', (_, body, kind) => {
    const problems = bodyShapeProblems(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(1);
    const messages = {
      containers: /nests more than/,
      indent: /is indented/,
      brackets: /brackets inside one another/,
      run: /has a run of/,
      runs: /emphasis markers in one paragraph/,
      references: /more than 400 character references/,
    };
    expect(problems[0]!.message).toMatch(messages[kind as keyof typeof messages]);
  });

  it('counts character references per paragraph, 400 at most', () => {
    expect(bodyShapeProblems('&amp; '.repeat(400))).toEqual([]);
    expect(bodyShapeProblems(`${'&#x41; '.repeat(300)}\n\n`.repeat(3))).toEqual([]);
    expect(bodyShapeProblems(`${'&#x41; '.repeat(300)}\n`.repeat(2))[0]!.line).toBe(2);
  });

  it('leaves ordinary prose alone: quotes, lists, links, emphasis and code', () => {
    const prose = [
      '> A quote',
      '> > with a reply',
      '',
      '- a list',
      '  - nested',
      '    1. and numbered',
      '',
      'Text with [a link](/people/x/) (and an aside (nested)), *emphasis*, **strong**, ~~struck~~ and `code`.',
      '',
      '***',
    ].join('\n');
    expect(bodyShapeProblems(prose.repeat(50))).toEqual([]);
  });
});

describe('no request leaves the site from content', () => {
  it.each([
    ['![pixel](//tracker.example/p.png)', 'images from other sites are not allowed'],
    ['![pixel](/\\tracker.example/p.png)', 'images from other sites are not allowed'],
    ['[x](//tracker.example/)', 'has no scheme'],
  ])('%s', async (markdown, message) => {
    const { lines } = await checkWith(change(QUOTE, 'A line from', `${markdown} A line from`));
    expect(lines.join('\n')).toContain(message);
  });

  it.each([
    ['http://insecure.example/', 'uses http, not https'],
    ['https://10.0.0.1/', 'points at a local or private address'],
    ['www.example.org', 'uses http, not https'],
    ['https://www.example.org', 'is not in its canonical form: write https://www\\.example\\.org/'],
  ])('a bare address in prose, which becomes a link: %s', async (address, message) => {
    const { lines } = await checkWith(change(QUOTE, 'A line from the', `See ${address} for more. A line from the`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^${QUOTE}:10: body: the address in the text becomes a link, and .*${message}`),
    );
  });
});

describe('a written link holds to the one URL rule', () => {
  it('a link the URL parser would rewrite, with its canonical form', async () => {
    const { lines } = await checkWith(change(QUOTE, 'A line from', '[x](<https://Example.org/a b>) A line from'));
    expect(lines).toEqual([
      `${QUOTE}:10: body: the link "https://Example.org/a b" is not in its canonical form: write https://example.org/a%20b — an https:// URL, or a site path such as /people/josh-earnest/`,
    ]);
  });
});

describe('every failure is a message', () => {
  it('an alias bomb is refused at its first alias, and the file’s other problems are still reported', async () => {
    const bomb = [
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    ].join('\n');
    const { lines } = await checkWith({
      [QUOTE]: quote.replace('letter: fixture-letter-2020', `letter: fixture-letter-2020\n${bomb}`),
      [SOURCE]: fixtureText(SOURCE).replace('type: news', 'type: rumour'),
    });
    expect(lines).toEqual([
      `${QUOTE}:9: uses a YAML alias (*name) — write each value out in full: anchors, aliases and merge keys (<<) are not accepted`,
      `${SOURCE}:6: type: found "rumour" — expected one of: news, letter, press-release, transcript, report, legislation, statement, other`,
    ]);
  });

  it('frontmatter nested deeper than a reader can go is a message, not a crash', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', `stance: opposes\ntopics: ${deep}`));
    expect(lines).toEqual([
      `${QUOTE}:6: malformed YAML: lists or fields nested too deeply to read — valid YAML: \`field: value\`, lists as [a, b] or "- item" lines; quote text containing ": " or "#"`,
    ]);
  });
});
