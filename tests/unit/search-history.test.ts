/**
 * The search page's URL and history (src/scripts/search/search-history.ts), against a stand-in
 * window: one history entry per search the reader makes, not one per pause in typing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSearchParams } from '../../src/lib/search-query.ts';
import {
  type HistoryState,
  recordSearch,
  searchInUrl,
  settleUrl,
  urlOf,
} from '../../src/scripts/search/search-history.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

/** A window with a history of URLs, on `start`; `entries` is the history, `at` the current one. */
function stubWindow(start: string) {
  const stub = { entries: [start], at: 0 };
  const current = () => new URL(stub.entries[stub.at]!, 'https://site.example');
  vi.stubGlobal('window', {
    location: {
      get pathname() {
        return current().pathname;
      },
      get search() {
        return current().search;
      },
      get hash() {
        return current().hash;
      },
    },
    history: {
      pushState(_data: unknown, _unused: string, url: string) {
        stub.entries.splice(stub.at + 1, Infinity, url);
        stub.at += 1;
      },
      replaceState(_data: unknown, _unused: string, url: string) {
        stub.entries[stub.at] = url;
      },
    },
  });
  return stub;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the search page URL', () => {
  it('is the search page, with the search as its query when one is asked', () => {
    expect(urlOf(parse(''))).toBe('/search/');
    expect(urlOf(parse('kind=quote&q=thorny'))).toBe('/search/?q=thorny&kind=quote');
  });

  it('reads the search asked, as written, with its query string', () => {
    stubWindow('/search/?q=encryption&actor=no-such-person#results');
    const { query, asked } = searchInUrl();
    expect(query).toBe('?q=encryption&actor=no-such-person');
    expect(asked.filters.actor).toEqual(['no-such-person']);
  });
});

describe('the history', () => {
  it('replaces the entry being typed at each pause, and adds one for each search made', () => {
    const stub = stubWindow('/search/?q=thorny');
    let history: HistoryState = { typing: false, query: '?q=thorny' };
    history = recordSearch(history, parse('q=encr'), 'typing');
    history = recordSearch(history, parse('q=encryption'), 'typing');
    expect(history).toEqual({ typing: true, query: '?q=encryption' });
    history = recordSearch(history, parse('q=encryption&kind=quote'), 'choice');
    expect(history).toEqual({ typing: false, query: '?q=encryption&kind=quote' });
    recordSearch(history, parse('q=encryption+back&kind=quote'), 'typing');
    expect(stub.entries).toEqual([
      '/search/?q=thorny',
      '/search/?q=encryption',
      '/search/?q=encryption&kind=quote',
      '/search/?q=encryption+back&kind=quote',
    ]);
  });

  it('adds no entry for the search already in the URL', () => {
    const stub = stubWindow('/search/?q=thorny');
    expect(recordSearch({ typing: false, query: '?q=thorny' }, parse('q=thorny'), 'choice')).toEqual({
      typing: false,
      query: '?q=thorny',
    });
    expect(stub.entries).toEqual(['/search/?q=thorny']);
  });

  it('corrects a URL to the search shown in place, keeping its fragment', () => {
    const stub = stubWindow('/search/?actor=no-such-person&kind=quote#top');
    expect(settleUrl(parse('kind=quote'))).toEqual({ typing: false, query: '?kind=quote' });
    expect(stub.entries).toEqual(['/search/?kind=quote#top']);
  });
});
