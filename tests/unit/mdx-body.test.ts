/**
 * The check skips the MDX parse of a body that cannot hold a link or MDX syntax. That is only safe
 * if such a body, parsed, never yields anything the guard or the link check would report: this holds
 * the shortcut to the full parse over bodies of every kind of Markdown without a `[`, `<` or `{`.
 */
import { describe, expect, it } from 'vitest';
import { findBodyLinks } from '../../src/lib/body-links.ts';
import { checkBody } from '../../src/lib/check/body-check.ts';
import { mayContainMdxOrLinks, parseMdxBody } from '../../src/lib/mdx-body.ts';
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
