/**
 * How the check reads bodies:
 * - a body without `[`, `<`, `{`, import or export is not parsed at all: parsed, it never yields
 *   anything the guard or the link check would report;
 * - the others are parsed by Sätteri, as the build compiles them, and held to micromark, the MDX
 *   project's reference parser: the same refusals, links and bad links at the same places, over the
 *   record, a generated tree and thousands of bodies built to confuse parsers.
 */
import { describe, expect, it } from 'vitest';
import { findBodyLinks } from '../../src/lib/body-links.ts';
import { checkBody } from '../../src/lib/check/body-check.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { splitEntry } from '../../src/lib/check/parse-entry.ts';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mayContainMdxOrLinks, parseMdxBody } from '../../src/lib/mdx-body.ts';
import { FIXTURES, PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { findUnsafeMdx } from '../../src/lib/mdx-guard.ts';

const WITHOUT_LINKS_OR_MDX = [
  '',
  'Plain prose about encryption back doors.',
  '## A heading\n\nText with *emphasis*, **strong**, ~~struck~~, `code` and a } brace and ] bracket.',
  '- a list\n- of items\n\n1. numbered\n2. items\n\n> a quote',
  '```\ncode: with javascript:alert(1) in it\n```',
  '    indented text, which MDX reads as a paragraph: javascript:alert(1)',
  'An e-mail address: someone@example.org.',
  'Schemes in prose: javascript:alert(1), data:text/html,x, vbscript:x.',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'Ampersands that are not references: AT&T, R&D; & more',
  'A trailing backslash \\\nand a hard break.',
  '***\n\nSetext heading\n===',
];

describe('the parse shortcut', () => {
  it.each(WITHOUT_LINKS_OR_MDX)('a body without [ < { import export: %j', (body) => {
    expect(mayContainMdxOrLinks(body)).toBe(false);
    // The full parse finds nothing either: skipping it loses nothing.
    const tree = parseMdxBody(body);
    expect(findUnsafeMdx(tree)).toEqual([]);
    expect(findBodyLinks(tree)).toEqual({ links: [], badLinks: [] });
    expect(checkBody(body)).toEqual({ links: [], corrections: [], problems: [] });
  });

  it.each([
    ['a link', '[a](/people/x/)'],
    ['an image', '![a](https://example.org/a.png)'],
    ['a definition', '[a]: javascript:x'],
    ['JSX', '<script>x</script>'],
    ['an expression', '{x}'],
    ['ESM', 'import x from "y"'],
    ['ESM after prose', 'Text.\n\nexport const a = 1'],
    ['a numeric character reference', 'Reversed &#x202E;txt.exe'],
    ['a decimal character reference', 'Invisible&#8203;space'],
    ['a named character reference', 'A word&NoBreak;joiner'],
  ])('a body with %s is parsed', (_, body) => {
    expect(mayContainMdxOrLinks(body)).toBe(true);
    expect(checkBody(body).problems.length + checkBody(body).links.length).toBeGreaterThan(0);
  });
});

const micromark = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
/** MDX + GFM as the MDX project's own parser reads it, for comparison. */
const micromarkMdx = (body: string) => micromark.runSync(micromark.parse(body)) as Root;

/** Everything the check reads from a tree, one string each. */
function findings(tree: Root): string[] {
  const { links, badLinks } = findBodyLinks(tree);
  return [
    ...findUnsafeMdx(tree).map((p) => `refused ${p.line}:${p.column}: ${p.message}`),
    ...links.map((l) => `link ${l.line}: ${l.url}`),
    ...badLinks.map((l) => `bad ${l.line}: ${l.message}`),
  ].sort();
}

async function bodiesIn(contentDir: string): Promise<string[]> {
  const bodies: string[] = [];
  for (const collection of COLLECTIONS) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(contentDir, collection));
    } catch {
      /* no such collection here */
    }
    for (const name of names.filter((n) => n.endsWith('.mdx'))) {
      const text = await readFile(path.join(contentDir, collection, name), 'utf8');
      const { split } = splitEntry({ file: name, collection, id: name, text });
      if (split) bodies.push(split.body);
    }
  }
  return bodies;
}

describe('Sätteri, the parser the check shares with the build, against micromark, MDX’s reference parser', () => {
  it('finds the same over the record, the fixtures and a generated tree', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ept-bodies-'));
    try {
      await generateContent(root, { entries: 700, seed: 7 });
      const bodies = [
        ...(await bodiesIn(path.join(PROJECT_ROOT, 'content'))),
        ...(await bodiesIn(path.join(FIXTURES, 'valid/content'))),
        ...(await bodiesIn(path.join(root, 'content'))),
      ];
      expect(bodies.length).toBeGreaterThan(1000);
      for (const body of bodies) expect(findings(parseMdxBody(body)), body).toEqual(findings(micromarkMdx(body)));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('finds the same on thousands of bodies made of the pieces that confuse parsers', () => {
    const pieces = [
      '[a](/people/a/)',
      '[b](javascript:x)',
      '![i](data:z)',
      '[c](ftp://y.org/p)',
      '[d][x]',
      '[x]: /people/ghost/',
      '[e](people/rel/)',
      '[',
      ']',
      '(',
      ')',
      '](',
      '](/people/b/)',
      '](javascript:y)',
      '[t ',
      '/people/a/',
      'javascript:x',
      'ftp://x.org/',
      ' ',
      ' ',
      ' ',
      '\n',
      '\n\n',
      '---',
      '*',
      '**',
      '_',
      '~~',
      '~',
      '`',
      '``',
      '\\',
      ':',
      'text',
      '^1',
      '- ',
      '> ',
      '    ',
      '\t',
      '- [ ] ',
      '- [x]',
      '[x]',
      '[ ]',
      '&#106;',
      '&amp;',
      '1. ',
      '# ',
      '"t"',
      "'",
      '?',
      '!',
      '.',
      ',',
      '-',
      '+',
      '=',
    ];
    // A fixed seed: the same 5,000 bodies every run (mulberry32). Exploring 80,000 found no difference.
    let state = 42;
    const next = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let withFindings = 0;
    let compared = 0;
    for (let i = 0; i < 5000; i++) {
      const body = Array.from(
        { length: 1 + Math.floor(next() * 18) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      compared++;
      const reference = findings(micromarkMdx(body));
      expect(findings(parseMdxBody(body)), JSON.stringify(body)).toEqual(reference);
      if (reference.length) withFindings++;
    }
    // The pieces make real links often enough for the comparison to mean something.
    expect(compared).toBeGreaterThan(4500);
    expect(withFindings).toBeGreaterThan(2000);
  });
});
