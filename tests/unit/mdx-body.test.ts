/**
 * The check's two shortcuts, held to the full MDX + GFM parse the build uses:
 * - a body without `[`, `<`, `{`, import or export is not parsed at all: parsed, it never yields
 *   anything the guard or the link check would report;
 * - a body without MDX syntax is parsed without GFM's bare-address autolinks: it must find every
 *   link, refusal and bad link the full parse finds — exactly on real prose, and never fewer on
 *   bodies made to confuse it.
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
import { mayContainMdxOrLinks, mayContainMdxSyntax, parseBodyForCheck, parseMdxBody } from '../../src/lib/mdx-body.ts';
import { FIXTURES, PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { findUnsafeMdx } from '../../src/plugins/mdx-guard.ts';

const WITHOUT_LINKS_OR_MDX = [
  '',
  'Plain prose about encryption back doors.',
  '## A heading\n\nText with *emphasis*, **strong**, ~~struck~~, `code` and a } brace and ] bracket.',
  '- a list\n- of items\n\n1. numbered\n2. items\n\n> a quote',
  '```\ncode: with javascript:alert(1) in it\n```',
  '    indented text, which MDX reads as a paragraph: javascript:alert(1)',
  'Bare addresses: https://example.org/a, http://insecure.example, www.example.org, someone@example.org.',
  'Schemes in prose: javascript:alert(1), data:text/html,x, vbscript:x.',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'Entities: &amp; &#106;avascript: &lt;script&gt;',
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
    expect(checkBody(body)).toEqual({ links: [], problems: [] });
  });

  it.each([
    ['a link', '[a](/people/x/)'],
    ['an image', '![a](https://example.org/a.png)'],
    ['a definition', '[a]: javascript:x'],
    ['JSX', '<script>x</script>'],
    ['an expression', '{x}'],
    ['ESM', 'import x from "y"'],
    ['ESM after prose', 'Text.\n\nexport const a = 1'],
  ])('a body with %s is parsed', (_, body) => {
    expect(mayContainMdxOrLinks(body)).toBe(true);
    expect(checkBody(body).problems.length + checkBody(body).links.length).toBeGreaterThan(0);
  });
});

/** Everything the check reads from a tree, one string each. */
function findings(tree: Root): string[] {
  const { links, badLinks } = findBodyLinks(tree);
  return [
    ...findUnsafeMdx(tree).map((p) => `refused ${p.line}: ${p.message}`),
    ...links.map((l) => `link ${l.line}: ${l.url}`),
    ...badLinks.map((l) => `bad ${l.line}: ${l.message}`),
  ].sort();
}

async function bodiesIn(contentDir: string): Promise<string[]> {
  const bodies: string[] = [];
  for (const collection of COLLECTIONS) {
    let names: string[] = [];
    try { names = readdirSync(path.join(contentDir, collection)); } catch { /* no such collection here */ }
    for (const name of names.filter((n) => n.endsWith('.mdx'))) {
      const text = await readFile(path.join(contentDir, collection, name), 'utf8');
      const { split } = splitEntry({ file: name, collection, id: name, text });
      if (split) bodies.push(split.body);
    }
  }
  return bodies;
}

describe('the link parser for bodies without MDX syntax', () => {
  it('finds exactly what the full parse finds, over the record, the fixtures and a generated tree', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ept-bodies-'));
    try {
      await generateContent(root, { entries: 700, seed: 7 });
      const bodies = [
        ...await bodiesIn(path.join(PROJECT_ROOT, 'content')),
        ...await bodiesIn(path.join(FIXTURES, 'valid/content')),
        ...await bodiesIn(path.join(root, 'content')),
      ].filter((body) => !mayContainMdxSyntax(body));
      expect(bodies.length).toBeGreaterThan(600);
      for (const body of bodies) expect(findings(parseBodyForCheck(body)), body).toEqual(findings(parseMdxBody(body)));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('never finds less than the full parse, on bodies made of the pieces that confuse parsers', () => {
    const pieces = [
      '[a](/people/a/)', '[b](javascript:x)', '![i](data:z)', '[c](http://y.org/p)', '[d][x]', '[x]: /people/ghost/', '[e](people/rel/)',
      '[', ']', '(', ')', '](', '](/people/b/)', '](javascript:y)', '[t ', '/people/a/', 'javascript:x', 'https://x.org/', 'http://y.org/p',
      'www.z.org', 'a@b.org', ' ', ' ', ' ', '\n', '\n\n', '|', '| --- |', '*', '_', '~~', '`', '\\', ':', 'text', '[^1]: ', '[^1]',
      '- ', '> ', '    ', '- [ ] ', '[x]', '&#106;',
    ];
    // A fixed seed: the same 3,000 bodies every run (mulberry32).
    let state = 42;
    const next = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let withFindings = 0;
    for (let i = 0; i < 3000; i++) {
      const body = Array.from({ length: 1 + Math.floor(next() * 16) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(mayContainMdxSyntax(body)).toBe(false);
      const fast = findings(parseBodyForCheck(body));
      const full = findings(parseMdxBody(body));
      // Each finding of the full parse is found too (a duplicate as often as the full parse has it).
      for (const finding of full) {
        const at = fast.indexOf(finding);
        expect(at, `${JSON.stringify(body)} lost ${finding}`).toBeGreaterThan(-1);
        fast.splice(at, 1);
      }
      if (full.length) withFindings++;
    }
    // The pieces make real links often enough for the comparison to mean something.
    expect(withFindings).toBeGreaterThan(1200);
  });
});
