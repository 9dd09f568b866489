import { describe, expect, it } from 'vitest';
import { bibtexEscape, citation, recordCitation } from '../../src/lib/citation.ts';
import type { Source } from '../../src/lib/schemas.ts';

const source: Source & { key: string } = {
  key: 'ept-sources-report',
  title: 'A {news} report',
  publisher: 'The Paper',
  url: 'https://news.example.org/report',
  published: '2020-06-02',
  type: 'news',
  authors: ['B. Reporter'],
};

describe('bibtexEscape', () => {
  it('escapes the characters that would break a BibTeX field', () => {
    expect(bibtexEscape('50% & {more} #1 $x_y ^ ~ \\')).toBe(
      '50\\% \\& \\{more\\} \\#1 \\$x\\_y \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
    );
  });
});

describe('citation', () => {
  const entry = {
    siteName: 'Encryption Policy Tracker',
    title: 'A. Minister: “We will find a balance”',
    url: 'https://example.org/quotes/balance/',
    key: 'ept-quotes-balance',
    updated: '2024-03-05',
  };

  it('plain text: the site, the title, the date last changed, the URL and a place for the date accessed', () => {
    expect(citation(entry).text).toBe(
      'Encryption Policy Tracker, “A. Minister: ‘We will find a balance’”, last updated 5 March 2024, https://example.org/quotes/balance/ (accessed YYYY-MM-DD).',
    );
    expect(citation({ ...entry, updated: undefined }).text).toContain(', undated, ');
  });

  it('BibTeX: a @misc entry with the site as publisher, the date, URL and urldate placeholder', () => {
    const { bibtex } = citation(entry);
    expect(bibtex).toMatch(/^@misc\{ept-quotes-balance,\n/);
    expect(bibtex).toContain('  publisher = {Encryption Policy Tracker}');
    expect(bibtex).toContain('  date = {2024-03-05}');
    expect(bibtex).toContain('  year = {2024}');
    expect(bibtex).toContain('  url = {https://example.org/quotes/balance/}');
    expect(bibtex).toContain('  urldate = {YYYY-MM-DD}');
    expect(bibtex.match(/\{/g)!.length).toBe(bibtex.match(/\}/g)!.length);
  });

  it('CSL-JSON: a webpage item with the site as publisher, issued date parts and the accessed placeholder', () => {
    const [item] = JSON.parse(citation(entry).csl) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: 'ept-quotes-balance',
      type: 'webpage',
      title: entry.title,
      publisher: 'Encryption Policy Tracker',
      URL: entry.url,
      issued: { 'date-parts': [[2024, 3, 5]] },
      accessed: { raw: 'YYYY-MM-DD' },
    });
  });

  it('a quote also cites its source, in every form', () => {
    const cited = citation({ ...entry, source });
    expect(cited.text).toContain(
      'Quoted from: B. Reporter, “A {news} report”, The Paper, 2 June 2020, https://news.example.org/report.',
    );
    expect(cited.bibtex).toContain('@misc{ept-sources-report,');
    expect(cited.bibtex).toContain('title = {{A \\{news\\} report}}');
    expect(cited.bibtex).toContain('note = {Quoted from \\cite{ept-sources-report}}');
    const items = JSON.parse(cited.csl) as Record<string, unknown>[];
    expect(items[1]).toMatchObject({
      id: 'ept-sources-report',
      type: 'article-newspaper',
      URL: source.url,
      author: [{ literal: 'B. Reporter' }],
      issued: { 'date-parts': [[2020, 6, 2]] },
    });
  });
});

describe('recordCitation', () => {
  it('cites the open data by the day it was built', () => {
    const cited = recordCitation('Encryption Policy Tracker', 'https://example.org/data/', '2026-12-02T01:00:00.000Z');
    expect(cited.text).toContain('version of 2 December 2026');
    expect(cited.bibtex).toContain('version = {2026-12-02}');
  });
});
