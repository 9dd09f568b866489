/**
 * A run reports every problem of every file together, sorted, under a count — the many-problems
 * fixture has several mistakes in several files (a character reference among them, decoded on the
 * workers too) and one valid entry. The report is the same whether
 * the MDX bodies are checked on this thread or on workers.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkContent, formatReport } from '../../../src/lib/check/index.ts';
import { FIXTURES } from '../../helpers/fixture-site.ts';

const MANY = path.join(FIXTURES, 'many-problems');

const EXPECTED_REPORT = `14 problems in 6 files:
content/letters/Example_Letter.mdx: the file name "Example_Letter" is not a valid id — lower-case a-z, 0-9 and single hyphens, 2–80 characters (e.g. josh-earnest)
content/letters/Example_Letter.mdx:4: signatories[1]: "example-ministry" is listed 2 times — each person or organisation once: remove the repeat
content/letters/Example_Letter.mdx:6: stance: found "against" — expected one of: opposes, supports, undecided, mixed
content/organisations/example-ministry.mdx:3: kind: found "ministry" — expected one of: government, agency, legislature, court, company, trade-association, civil-society, academic, media, intergovernmental
content/organisations/example-ministry.mdx:5: website: "https://ministry.example.org\\@evil.example/" is not in its canonical form: write https://ministry.example.org/@evil.example/ — an absolute https:// URL without credentials, not localhost or a private address, written exactly as a browser writes it back, at most 2,048 characters
content/people/example-person.mdx:1: name: is required but missing — expected text
content/people/example-person.mdx:5: website: "http://example.org/person" uses http, not https — an absolute https:// URL without credentials, not localhost or a private address, written exactly as a browser writes it back, at most 2,048 characters
content/positions/example-position.mdx:8: malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — valid YAML: \`field: value\`, lists as [a, b] or "- item" lines; quote text containing ": " or "#"
content/quotes/example-quote.mdx:3: speaker: "nobody-by-that-name" does not exist as a person or organisation — the id of a file in content/people/ or content/organisations/: add that entry first, or update this reference if it was renamed
content/quotes/example-quote.mdx:9: body: links to /people/nobody-by-that-name/, but there is no entry people/nobody-by-that-name — a path /people/<id>/ whose id is a file in content/people/
content/quotes/example-quote.mdx:11: body: <script> is not allowed in contributed MDX — use Markdown, or one of: <Correction>, <abbr>, <sub>, <sup>, <mark>, <small>, <kbd>, <q>, <br>
content/quotes/example-quote.mdx:13: body: contains U+202E RIGHT-TO-LEFT OVERRIDE — remove it: it is invisible, or changes the order in which text is shown, so readers would not see what reviewers read
content/sources/example-source.mdx:4: url: "https://reporter:secret@news.example.org/report" contains credentials — an absolute https:// URL without credentials, not localhost or a private address, written exactly as a browser writes it back, at most 2,048 characters
content/sources/example-source.mdx:5: published: "2015-02-30" does not exist: February 2015 has 28 days — a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known`;

describe('a run with problems in several files', () => {
  it('reports every problem of every file at once, sorted by file and line', async () => {
    const { problems, entries } = await checkContent(MANY);
    expect(formatReport(problems)).toBe(EXPECTED_REPORT);
    // Every file was read, the broken ones too.
    expect(entries).toHaveLength(7);
  });

  it.each([1, 2])('gives the same report with the bodies checked on %i worker thread(s)', async (threads) => {
    const { problems } = await checkContent(MANY, 'content', { threads });
    expect(formatReport(problems)).toBe(EXPECTED_REPORT);
  });

  it('returns the same entries and body links on workers as on this thread', async () => {
    const valid = path.join(FIXTURES, 'valid');
    const inline = await checkContent(valid, 'content', { threads: 0 });
    const threaded = await checkContent(valid, 'content', { threads: 2 });
    expect(threaded).toEqual(inline);
    expect(
      inline.entries.flatMap((entry) => entry.bodyLinks.map((link) => `${entry.id} → ${link.url}:${link.line}`)),
    ).toEqual([
      'fixture-letter-2020 → /organisations/fixture-police/:12',
      'fixture-police → /organisations/fixture-ministry/:8',
      'fixture-letter-line → /letters/fixture-letter-2020/:10',
    ]);
  });
});

describe('how many worker threads', () => {
  it('none for a small tree, some for a large one, and CHECK_THREADS decides when set', async () => {
    const { defaultThreads, THREADS_FROM } = await import('../../../src/lib/check/body-threads.ts');
    expect(defaultThreads(THREADS_FROM - 1, {})).toBe(0);
    expect(defaultThreads(THREADS_FROM, {}, 1)).toBe(0);
    expect(defaultThreads(THREADS_FROM, {}, 2)).toBe(1);
    expect(defaultThreads(THREADS_FROM, {}, 16)).toBe(3);
    expect(defaultThreads(10, { CHECK_THREADS: '2' })).toBe(2);
    expect(defaultThreads(50_000, { CHECK_THREADS: '0' })).toBe(0);
    expect(defaultThreads(10, { CHECK_THREADS: 'many' })).toBe(0);
  });
});
