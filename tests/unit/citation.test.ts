import { describe, expect, it } from 'vitest';
import { citation, recordCitation } from '../../src/lib/citation.ts';
import type { Source } from '../../src/lib/schemas.ts';
import { latexText, parseBibtex } from '../helpers/bibtex.ts';

const source: Source & { key: string } = {
  key: 'ept-sources-report',
  title: 'A {news} report',
  publisher: 'The Paper',
  url: 'https://news.example.org/report',
  published: '2020-06-02',
  type: 'news',
  authors: ['B. Reporter'],
};

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
    expect(cited.bibtex).toContain('title = {{A \\textbraceleft{}news\\textbraceright{} report}}');
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

describe('a hostile title, source and URL', () => {
  const PREAMBLE = '@preamble{"\\immediate\\write18{id}\\input{/etc/passwd}"}';
  const hostile = {
    siteName: 'Encryption Policy Tracker',
    title: `A \\} title}, ${PREAMBLE} 100% #1 & $5 ~ ^ _ <img src="https://x.example/p.gif">`,
    url: 'https://example.org/quotes/hostile/',
    key: 'ept-quotes-hostile',
    updated: '2024-03-05',
    source: {
      ...source,
      title: `}\n${PREAMBLE}\n{`,
      authors: ['Barnes and Noble', 'A. {Reporter'],
      publisher: 'Pub % lisher',
      url: `https://news.example.org/?q=}\n${PREAMBLE}`,
    },
  };
  const cited = citation(hostile);

  it('BibTeX: exactly the two entries, each field reading back as the text it was given', () => {
    const entries = parseBibtex(cited.bibtex);
    expect(entries.map(({ type, key }) => `${type} ${key}`)).toEqual([
      'misc ept-quotes-hostile',
      'misc ept-sources-report',
    ]);
    const [entry, cites] = entries;
    expect(latexText(entry!.fields.title!)).toBe(hostile.title);
    expect(latexText(cites!.fields.title!)).toBe(`} ${PREAMBLE} {`);
    expect(latexText(cites!.fields.publisher!)).toBe('Pub % lisher');
    expect(cites!.fields.author!.split(' and ').map(latexText)).toEqual(['Barnes and Noble', 'A. {Reporter']);
    expect(decodeURIComponent(cites!.fields.url!)).toBe(hostile.source.url);
    expect(cited.bibtex).not.toMatch(/^\s*@preamble/m);
  });

  it('CSL-JSON: the exact strings, read back by a JSON parser', () => {
    const items = JSON.parse(cited.csl) as Record<string, unknown>[];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ title: hostile.title, URL: hostile.url });
    expect(items[1]).toMatchObject({
      title: hostile.source.title,
      URL: hostile.source.url,
      publisher: 'Pub % lisher',
      author: [{ literal: 'Barnes and Noble' }, { literal: 'A. {Reporter' }],
    });
  });
});
