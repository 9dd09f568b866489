/**
 * Contributed MDX is untrusted input. Everything that could run code, load a resource or restyle
 * the page is refused, with its line; the allow-list (src/lib/mdx-allow-list.ts) is accepted.
 * Each refused construct sits on line 3 of its body, after two lines of prose, so a wrong line
 * number fails the test.
 */
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/check/body-check.ts';
import { parseMdxBody } from '../../src/lib/mdx-body.ts';
import { findUnsafeMdx } from '../../src/lib/mdx-guard.ts';
import { satteriMdxGuard } from '../../src/plugins/satteri-mdx-guard.ts';
import { ALLOWED_COMPONENTS, ALLOWED_HTML } from '../../src/lib/mdx-allow-list.ts';
import { change, checkWith } from '../helpers/check-tree.ts';

const PROSE = 'Some prose about encryption.\n\n';

/** The guard's messages for a body whose line 3 is `line`, as `line: message`. */
function refusals(line: string): string[] {
  return findUnsafeMdx(parseMdxBody(PROSE + line)).map((problem) => `${problem.line}: ${problem.message}`);
}

const ALLOW_LIST = '<Correction>, <abbr>, <sub>, <sup>, <mark>, <small>, <kbd>, <q>, <br>';

describe('code is refused', () => {
  it.each([
    ["import Chart from './chart.js'", 'import and export are not allowed in contributed MDX'],
    ['export const meta = { title: "x" }', 'import and export are not allowed in contributed MDX'],
    ["export { default } from './other.mdx'", 'import and export are not allowed in contributed MDX'],
    ['{alert(document.cookie)}', '{…} expressions are not allowed in contributed MDX'],
    ['Text with {1 + 1} inside.', '{…} expressions are not allowed in contributed MDX'],
    [
      '{/* a comment */ fetch("https://evil.example") /* another */}',
      '{…} expressions are not allowed in contributed MDX',
    ],
    // A comment ends at its first */: what follows is code, here a regular expression literal.
    ['{/* a *//x/}', '{…} expressions are not allowed in contributed MDX'],
    ['{/* a ** b */ alert(1) /* c */}', '{…} expressions are not allowed in contributed MDX'],
    ['<Correction date={new Date().toString()}>x</Correction>', '<Correction> date= has an expression value {…}'],
    ['<abbr title={"x"}>x</abbr>', '<abbr> title= has an expression value {…}'],
    ['<Correction {...props} date="2020">x</Correction>', '<Correction> has a spread attribute {…}'],
    ['<abbr {...{ title: "x" }}>x</abbr>', '<abbr> has a spread attribute {…}'],
  ])('%s', (line, message) => {
    expect(refusals(line)).toEqual([`3: ${message}`]);
  });
});

describe('elements outside the allow-list are refused', () => {
  it.each(['script', 'style', 'iframe', 'object', 'embed', 'base', 'meta', 'form', 'link', 'svg', 'template'])(
    '<%s>',
    (name) => {
      expect(refusals(`<${name}>text</${name}>`)).toEqual([`3: <${name}> is not allowed in contributed MDX`]);
    },
  );

  it.each(['<Script>x</Script>', '<SCRIPT>x</SCRIPT>'])('whatever the case: %s', (line) => {
    expect(refusals(line)[0]).toMatch(/^3: <script> is not allowed in contributed MDX$/i);
  });

  it.each([
    ['<Chart data="x" />', 'Chart'],
    ['<Foo.Bar />', 'Foo.Bar'],
    ['<svg:rect />', 'svg:rect'],
    ['<a href="https://example.org">a link</a>', 'a'],
    ['<div>a block</div>', 'div'],
    ['<img src="/x.png" alt="" />', 'img'],
    ['<ABBR>upper-case is another component</ABBR>', 'ABBR'],
  ])('%s', (line, name) => {
    expect(refusals(line)).toEqual([`3: <${name}> is not on the allow-list`]);
  });

  it('a fragment', () => {
    expect(refusals('<>text</>')).toEqual(['3: fragments <>…</> are not allowed']);
  });

  it('with a hint that lists what is allowed', () => {
    expect(findUnsafeMdx(parseMdxBody('<Chart />'))[0]!.hint).toBe(`use Markdown, or one of: ${ALLOW_LIST}`);
  });
});

describe('event handlers and attributes an element does not take are refused', () => {
  it.each([
    ['<abbr onclick="steal()" title="x">x</abbr>', '<abbr> has an event handler attribute onclick='],
    ['<abbr onMouseOver="steal()">x</abbr>', '<abbr> has an event handler attribute onMouseOver='],
    ['<Correction onLoad="steal()" date="2020">x</Correction>', '<Correction> has an event handler attribute onLoad='],
    ['<abbr style="position:fixed">x</abbr>', '<abbr> does not take the attribute style='],
    ['<abbr class="x">x</abbr>', '<abbr> does not take the attribute class='],
    ['<Correction date="2020" note="x">x</Correction>', '<Correction> does not take the attribute note='],
  ])('%s', (line, message) => {
    expect(refusals(line)).toEqual([`3: ${message}`]);
  });
});

describe('script URLs are refused in any case and any encoding', () => {
  it.each([
    ['[a](javascript:alert(1))', 'javascript'],
    ['[a](JaVaScRiPt:alert(1))', 'javascript'],
    ['[a](java&#115;cript:alert(1))', 'javascript'],
    ['[a](&#x6A;avascript:alert(1))', 'javascript'],
    ['[a](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))', 'javascript'],
    ['[a](<java\tscript:alert(1)>)', 'javascript'],
    ['[a](vbscript:msgbox(1))', 'vbscript'],
    ['[a](VBScript:msgbox(1))', 'vbscript'],
    ['[a](data:text/html;base64,PHNjcmlwdD4=)', 'data'],
    ['[a](DATA:text/html,x)', 'data'],
    ['![a](data:image/svg+xml,x)', 'data'],
  ])('in a Markdown link or image: %s', (line, scheme) => {
    expect(refusals(line)).toEqual([`3: a link uses a ${scheme}: URL`]);
  });

  it('in a link definition, at the definition\u2019s line', () => {
    expect(
      findUnsafeMdx(parseMdxBody('See [the text][t].\n\n[t]: JAVASCRIPT:alert(1)')).map(
        (p) => `${p.line}: ${p.message}`,
      ),
    ).toEqual(['3: a link uses a javascript: URL']);
  });

  it.each([
    ['<abbr title="javascript:alert(1)">x</abbr>', '<abbr> title= uses a javascript: URL'],
    ['<abbr title="&#106;avascript:alert(1)">x</abbr>', '<abbr> title= uses a javascript: URL'],
    ['<q title="  data:text/html,x">x</q>', '<q> title= uses a data: URL'],
    ['<Correction date="vbscript:x">x</Correction>', '<Correction> date= uses a vbscript: URL'],
  ])('in a JSX attribute: %s', (line, message) => {
    expect(refusals(line)).toEqual([`3: ${message}`]);
  });

  it('on an element that is refused anyway, both problems are named', () => {
    expect(refusals('<a href="javascript:alert(1)">x</a>')).toEqual([
      '3: <a> is not on the allow-list',
      '3: <a> href= uses a javascript: URL',
    ]);
  });
});

describe('other refusals', () => {
  it('images from other sites, which would make readers\u2019 browsers contact a third party', () => {
    expect(refusals('![a chart](https://tracker.example/pixel.png)')).toEqual([
      '3: images from other sites are not allowed: they would make readers\u2019 browsers contact a third party',
    ]);
  });

  it('a <Correction> without its date, or with a date that does not exist', () => {
    expect(refusals('<Correction>x</Correction>')).toEqual(['3: <Correction> needs the attribute date=']);
    expect(refusals('<Correction date="2015-02-30">x</Correction>')[0]).toBe(
      '3: <Correction> date=: "2015-02-30" does not exist: February 2015 has 28 days; expected a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known',
    );
  });

  it('HTML comments and autolinks, which are not MDX, fail the parse with a hint; so does prose read as code', () => {
    expect(checkBody(`${PROSE}<!-- a note -->`).problems).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/^is not valid MDX: /),
        expected: 'HTML comments are not MDX: write {/* a comment */}',
      },
    ]);
    expect(checkBody(`${PROSE}See <https://example.org>.`).problems).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/^is not valid MDX: /),
        expected: 'write a link as [text](https://…), not <https://…>',
      },
    ]);
    // Sätteri reads it as an import statement, which the guard refuses with the same advice.
    expect(checkBody(`${PROSE}import rules changed in 1996.`).problems).toEqual([
      {
        line: 3,
        message: 'import and export are not allowed in contributed MDX',
        expected:
          'remove the line (the site components need no import); a paragraph that starts with the word import or export is read as code, so start it with another word',
      },
    ]);
  });

  it('reports every problem of a body, each at its own line', () => {
    const body = '<script>x</script>\n\nText {x}.\n\n[a](javascript:x)\n\n<Chart />';
    expect(findUnsafeMdx(parseMdxBody(body)).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: <script> is not allowed in contributed MDX',
      '3: {…} expressions are not allowed in contributed MDX',
      '5: a link uses a javascript: URL',
      '7: <Chart> is not on the allow-list',
    ]);
  });
});

describe('what is accepted', () => {
  it('Markdown: emphasis, lists, quotes, code, tables, footnotes, links to site paths and https pages', () => {
    const body = [
      '## A heading',
      '',
      'Text with *emphasis*, **strong**, ~~struck~~ and `code <script>`.',
      '',
      '- a list item with [a person](/people/josh-earnest/)',
      '- [a source](https://example.org/report)',
      '',
      '> a block quote',
      '',
      '```js',
      'const x = { a: 1 }; // code is shown, never run',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      'A footnote.[^1]',
      '',
      '[^1]: The note, with [a link](/sources/x/).',
      '',
      'A bare address: https://example.org and www.example.org.',
      '',
      'Escaped braces \\{ and \\< are text.',
    ].join('\n');
    expect(findUnsafeMdx(parseMdxBody(body))).toEqual([]);
  });

  it('every site component and inline element on the allow-list, with its attributes', () => {
    const body = [
      '<Correction date="2026-01-15">The date of the letter was wrong.</Correction>',
      '',
      'A <Correction date="2025-11">inline correction</Correction> and <Correction date="2025">one by year</Correction>.',
      '',
      '<abbr title="Investigatory Powers Bill" lang="en">IPB</abbr>, H<sub>2</sub>O, x<sup>2</sup>, <mark>marked</mark>,',
      '<small>small print</small>, <kbd>Ctrl</kbd>, <q lang="de">Verschlüsselung</q>,<br />a new line.',
    ].join('\n');
    expect(findUnsafeMdx(parseMdxBody(body))).toEqual([]);
    // Every allowed name appears above, so a name added to the allow-list must be added here too.
    for (const name of [...Object.keys(ALLOWED_COMPONENTS), ...Object.keys(ALLOWED_HTML)])
      expect(body).toContain(`<${name}`);
  });

  it('comments {/* … */}, which compile to nothing: contributors may leave notes for reviewers', () => {
    expect(refusals('{/* Checked against the Guardian\u2019s copy, 2026-01-10. */}')).toEqual([]);
    expect(refusals('A sentence {/* an inline note */} goes on.')).toEqual([]);
    expect(refusals('{/* one */ /* two */}')).toEqual([]);
    expect(refusals('{\n// a line comment\n}')).toEqual([]);
  });
});

describe('in the content check, with file lines', () => {
  it('a refused construct is reported at its line in the file', async () => {
    const file = 'content/quotes/fixture-letter-line.mdx';
    const { lines } = await checkWith(
      change(file, 'A line from the', 'A line.\n\n<iframe src="https://evil.example/"></iframe>\n\nFrom the'),
    );
    expect(lines).toEqual([
      `${file}:12: body: <iframe> is not allowed in contributed MDX — use Markdown, or one of: ${ALLOW_LIST}`,
    ]);
  });
});

describe('the Sätteri plugin in the build', () => {
  const compile = (body: string) =>
    mdxToJs(body, {
      mdastPlugins: [satteriMdxGuard()],
      features: { gfm: true },
      fileURL: pathToFileURL('/site/content/quotes/x.mdx'),
    });

  it('fails the file with its path and the first problem', async () => {
    await expect(async () => compile('Prose.\n\n<script>alert(1)</script>\n\n[a](javascript:x)\n')).rejects.toThrow(
      `/site/content/quotes/x.mdx: <script> is not allowed in contributed MDX — use Markdown, or one of: ${ALLOW_LIST} (npm run check shows the line)`,
    );
  });

  // Sätteri parses the body again, in Rust: whatever the check refuses, this refuses too.
  it.each([
    "import fs from 'node:fs'",
    'export const x = 1',
    '{process.exit(1)}',
    'Text {/* a comment */ fetch("https://evil.example") /* another */} here.',
    '<Correction date={new Date().toString()}>x</Correction>',
    '<Correction date="2020-01-01" {...props}>x</Correction>',
    '<abbr title="x" onClick="alert(1)">x</abbr>',
    '<iframe src="https://evil.example" />',
    '<>fragment</>',
    '[a](javascript:alert(1))',
    '[a][r]\n\n[r]: javascript:alert(1)',
    '![tracker](https://evil.example/pixel.png)',
  ])('refuses what the check refuses: %s', async (line) => {
    expect(refusals(line)).not.toEqual([]);
    await expect(async () => compile(PROSE + line)).rejects.toThrow(/content\/quotes\/x\.mdx: /);
  });

  it('lets a safe body through, comments included', async () => {
    const body =
      'Prose with <abbr title="x">x</abbr>, [a link](/people/x/) and {/* a note */}.\n\n' +
      '<Correction date="2026-01-15">Fixed.</Correction>\n\n{\n// a line comment\n}\n';
    expect(findUnsafeMdx(parseMdxBody(body))).toEqual([]);
    expect((await compile(body)).code).toContain('Correction');
  });
});
