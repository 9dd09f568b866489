import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivedPageUrl } from '../../../src/lib/archive-link.ts';
import type { CheckedEntry } from '../../../src/lib/check/index.ts';
import { sourcesToVerify } from '../../../src/lib/verify/sources-to-verify.ts';
import { mapUrl, parseUrlMap } from '../../../src/lib/verify/url-map.ts';
import {
  emptyState,
  isDead,
  keepOnly,
  loadState,
  recordGone,
  recordRead,
  saveState,
} from '../../../src/lib/verify/verify-state.ts';

describe('the state file', () => {
  it('is dead only after failures on different days, and a good answer forgets them', () => {
    const state = emptyState();
    expect(isDead(recordGone(state, 'https://a.org/x', '2026-12-01'))).toBe(false);
    expect(isDead(recordGone(state, 'https://a.org/x', '2026-12-01'))).toBe(false);
    expect(isDead(recordGone(state, 'https://a.org/x', '2026-12-08'))).toBe(true);
    recordRead(state, 'https://a.org/x', '2026-12-09');
    expect(state.urls['https://a.org/x']).toEqual({ goneOn: [], lastRead: '2026-12-09' });
  });

  it('round-trips through its file, forgets URLs no longer in the record, and refuses a file that is not its own', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verify-state-'));
    try {
      const file = path.join(dir, 'state.json');
      expect(loadState(file)).toEqual(emptyState());
      const state = emptyState();
      recordGone(state, 'https://a.org/x', '2026-12-01');
      recordRead(state, 'https://a.org/y', '2026-12-01');
      keepOnly(state, new Set(['https://a.org/x']));
      saveState(file, state);
      expect(loadState(file)).toEqual({ version: 1, urls: { 'https://a.org/x': { goneOn: ['2026-12-01'] } } });
      writeFileSync(file, '{"something": "else"}');
      expect(() => loadState(file)).toThrow(/is not a verify state file/);
      expect(readFileSync(file, 'utf8')).toBe('{"something": "else"}');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--map', () => {
  it('rewrites the first matching prefix', () => {
    const maps = ['https://example.org/=http://127.0.0.1:9/', 'https://example.org/a/=http://never/'].map(parseUrlMap);
    expect(mapUrl('https://example.org/a/b?c', maps)).toBe('http://127.0.0.1:9/a/b?c');
    expect(mapUrl('https://other.org/a', maps)).toBe('https://other.org/a');
    expect(() => parseUrlMap('https://example.org/')).toThrow(/expected FROM=TO/);
  });
});

describe('archivedPageUrl', () => {
  it('asks the Wayback Machine for the page as captured, without its banner', () => {
    expect(archivedPageUrl('https://web.archive.org/web/20261202/https://a.org/x')).toBe(
      'https://web.archive.org/web/20261202id_/https://a.org/x',
    );
    expect(archivedPageUrl('https://web.archive.org/web/20160301123456if_/https://a.org/x')).toBe(
      'https://web.archive.org/web/20160301123456id_/https://a.org/x',
    );
    expect(archivedPageUrl('https://archive.ph/abcde')).toBe('https://archive.ph/abcde');
  });
});

describe('sourcesToVerify', () => {
  const entry = (collection: CheckedEntry['collection'], id: string, data: object): CheckedEntry => ({
    file: `content/${collection}/${id}.mdx`,
    collection,
    id,
    data,
    bodyLinks: [],
    corrections: [],
  });
  const source = (id: string) =>
    entry('sources', id, { title: id, publisher: 'P', url: `https://a.org/${id}`, published: '2020', type: 'news' });
  const entries = [
    source('s1'),
    source('s2'),
    source('s3'),
    entry('quotes', 'q1', { text: 'One', sources: ['s1', 's2'] }),
    entry('quotes', 'q2', { text: 'Two', sources: ['s1'] }),
    entry('people', 'someone', { name: 'Someone' }),
  ];

  it('lists every source with the quotes that cite it, sources no quote cites included', () => {
    expect(sourcesToVerify(entries).map((s) => [s.id, s.quotes.map((q) => q.id)])).toEqual([
      ['s1', ['q1', 'q2']],
      ['s2', ['q1']],
      ['s3', []],
    ]);
  });

  it('narrows to a quote and its sources, or a source and its quotes, and refuses an unknown id', () => {
    expect(sourcesToVerify(entries, ['q2']).map((s) => [s.id, s.quotes.map((q) => q.id)])).toEqual([['s1', ['q2']]]);
    expect(sourcesToVerify(entries, ['s3', 's2']).map((s) => [s.id, s.quotes.map((q) => q.id)])).toEqual([
      ['s2', ['q1']],
      ['s3', []],
    ]);
    expect(() => sourcesToVerify(entries, ['nope'])).toThrow('--only: no source or quote has the id nope');
  });
});
