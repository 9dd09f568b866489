import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../src/lib/verify/page-text.ts';
import { buildReport, markdownCell, needsAttention, reportMarkdown } from '../../../src/lib/verify/verify-report.ts';
import type { SourceResult } from '../../../src/lib/verify/verify-sources.ts';
import { tinyPdf } from '../../helpers/tiny-pdf.ts';

const result = (id: string, state: SourceResult['state'], quotes: SourceResult['quotes'] = []): SourceResult => ({
  id,
  url: `https://a.org/${id}`,
  archive: `https://web.archive.org/web/2026/https://a.org/${id}`,
  state,
  reason: 'why',
  goneOn: [],
  tried: [
    {
      copy: 'live',
      url: `https://a.org/${id}`,
      verdict: 'readable',
      reason: 'read as html',
      exchanges: [{ url: '', status: 200 }],
    },
  ],
  quotes,
});
const quote = (id: string, live: 'exact' | 'fuzzy' | 'none') => ({ id, live, archive: 'unread' as const, parts: [] });

describe('the report', () => {
  const report = buildReport(
    [
      result('fine', 'ok', [quote('q-fine', 'exact'), quote('q-close', 'fuzzy')]),
      result('moved', 'changed', [quote('q-there', 'exact'), quote('q-gone', 'none')]),
      result('blocked', 'blocked'),
      result('lost', 'dead'),
    ],
    '2026-12-02',
  );

  it('lists rows worst first: by state, then words gone before words found', () => {
    expect(report.rows.map((row) => `${row.state} ${row.quote}`)).toEqual([
      'dead null',
      'changed q-gone',
      'changed q-there',
      'blocked null',
      'ok q-close',
      'ok q-fine',
    ]);
    expect(report.counts).toEqual({ dead: 1, changed: 1, failing: 0, blocked: 1, error: 0, ok: 1 });
    expect(needsAttention(report)).toBe(true);
    expect(needsAttention(buildReport([result('fine', 'ok')], '2026-12-02'))).toBe(false);
  });

  it('shows in Markdown every row that needs a look, and counts the rest', () => {
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('4 sources: 1 dead, 1 changed, 0 failing, 1 blocked, 0 error, 1 ok.');
    expect(markdown).toContain('| ok | fine | q-close | close (0 edits) |');
    expect(markdown).not.toContain('| q-fine |');
    expect(markdown).toContain('1 more rows are ok, every word found exactly');
  });

  it('stops short of the length a GitHub issue takes, pointing to the JSON', () => {
    const many = buildReport(
      Array.from({ length: 500 }, (_, index) => result(`lost-${String(index).padStart(3, '0')}`, 'dead')),
      '2026-12-02',
    );
    const markdown = reportMarkdown(many, 10_000);
    expect(markdown.length).toBeLessThanOrEqual(10_000);
    expect(markdown).toMatch(/… and \d+ more rows: see the JSON report\./);
  });

  it('escapes cells so no text breaks the table, writes HTML or mentions anyone', () => {
    expect(markdownCell('a|b\n<script>@someone [x](y) *z* &amp;')).toBe(
      'a&#124;b &#60;script&#62;&#64;someone &#91;x&#93;(y) &#42;z&#42; &#38;amp;',
    );
  });
});

describe('readPageText', () => {
  it("reads HTML as the article and as the whole page's text, keeping blocks apart and leaving scripts out", async () => {
    const html = new TextEncoder().encode(
      '<html><head><title>A story</title><script>var hidden = "secret words";</script></head><body><nav>Menu</nav><h1>The story</h1><p>First paragraph.</p><p>Second\u00A0paragraph.</p></body></html>',
    );
    const page = await readPageText('html', html, 'text/html', 'https://a.org/story');
    expect(page.title).toBe('A story');
    expect(page.heading).toBe('The story');
    expect(page.texts.at(-1)).toBe('menu the story first paragraph. second paragraph.');
    expect(page.texts.join(' ')).not.toContain('secret');
  });

  it('decodes a page that names no charset as UTF-8 when it is valid UTF-8, and by its declared charset otherwise', async () => {
    const utf8 = new TextEncoder().encode('<p>Caf\u00E9 cr\u00E8me</p>');
    expect((await readPageText('html', utf8, 'text/html', 'https://a.org/')).texts.at(-1)).toBe('caf\u00E9 cr\u00E8me');
    const latin1 = Uint8Array.from([...'<p>Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x3c, 0x2f, 0x70, 0x3e]));
    expect((await readPageText('html', latin1, 'text/html; charset=iso-8859-1', 'https://a.org/')).texts.at(-1)).toBe(
      'caf\u00E9',
    );
  });

  it('reads the text of a PDF', async () => {
    const page = await readPageText(
      'pdf',
      tinyPdf(['Strong encryption protects every-', 'one.']),
      'application/pdf',
      'https://a.org/x.pdf',
    );
    expect(page.texts).toEqual(['strong encryption protects everyone.']);
  });
});
