import { describe, expect, it } from 'vitest';
import { classifyFetch, classifyPage, isFrontPage } from '../../../src/lib/verify/classify.ts';
import type { Fetched } from '../../../src/lib/verify/polite-fetch.ts';

const fetched = (over: Partial<Fetched>): Fetched => ({
  url: 'https://example.org/news/story',
  finalUrl: 'https://example.org/news/story',
  status: 200,
  contentType: 'text/html',
  body: new Uint8Array(),
  exchanges: [],
  headers: new Headers(),
  ...over,
});

describe('classifyFetch', () => {
  it('calls 401, 402, 403, 429 and 451 blocked, never gone', () => {
    for (const status of [401, 402, 403, 429, 451]) {
      expect(classifyFetch(fetched({ status }))).toEqual({ verdict: 'blocked', reason: `HTTP ${status}` });
    }
  });

  it('calls 404 and 410, no such host and nothing listening gone', () => {
    expect(classifyFetch(fetched({ status: 404 }))?.verdict).toBe('gone');
    expect(classifyFetch(fetched({ status: 410 }))?.verdict).toBe('gone');
    expect(classifyFetch(fetched({ status: undefined, error: 'ENOTFOUND' }))).toEqual({
      verdict: 'gone',
      reason: 'no such host',
    });
    expect(classifyFetch(fetched({ status: undefined, error: 'ECONNREFUSED' }))?.verdict).toBe('gone');
  });

  it('says nothing either way about a timeout, a 5xx or a body too large', () => {
    expect(classifyFetch(fetched({ status: undefined, error: 'timeout' }))).toEqual({
      verdict: 'error',
      reason: 'timeout',
    });
    expect(classifyFetch(fetched({ status: 503 }))?.verdict).toBe('error');
    expect(classifyFetch(fetched({ error: 'too-large' }))).toEqual({ verdict: 'error', reason: 'too-large' });
  });

  it("calls a redirect to the site's front page gone, but not a redirect to another article", () => {
    expect(classifyFetch(fetched({ finalUrl: 'https://example.org/' }))?.verdict).toBe('gone');
    expect(classifyFetch(fetched({ finalUrl: 'https://example.org/en/' }))?.verdict).toBe('gone');
    expect(classifyFetch(fetched({ finalUrl: 'https://www.example.org/news/story-2' }))).toBeUndefined();
    // A front page that was always the source is no redirect away from it.
    expect(classifyFetch(fetched({ url: 'https://example.org', finalUrl: 'https://example.org/' }))).toBeUndefined();
  });

  it("calls Cloudflare's challenge header blocked", () => {
    const headers = new Headers({ 'cf-mitigated': 'challenge' });
    expect(classifyFetch(fetched({ status: 403, headers }))).toEqual({ verdict: 'blocked', reason: 'a bot check' });
  });
});

describe('classifyPage', () => {
  it('calls a bot check blocked', () => {
    expect(classifyPage('Just a moment...', '')?.verdict).toBe('blocked');
    expect(classifyPage('Attention Required! | Cloudflare', '')?.verdict).toBe('blocked');
    expect(classifyPage('News', 'Are you a robot?')?.verdict).toBe('blocked');
  });

  it('calls a "not found" page gone, in several languages', () => {
    for (const title of [
      'Page not found | Example',
      '404',
      'Seite nicht gefunden',
      "Sorry, this page can't be found",
    ]) {
      expect(classifyPage(title, '')?.verdict, title).toBe('gone');
    }
  });

  it('leaves an ordinary article alone', () => {
    expect(
      classifyPage('Minister rejects encryption back doors | Example News', 'Minister rejects back doors'),
    ).toBeUndefined();
  });
});

describe('isFrontPage', () => {
  it('knows a front page by its path', () => {
    expect(
      ['https://a.org/', 'https://a.org/index.html', 'https://a.org/home', 'https://a.org/de-de/'].map(isFrontPage),
    ).toEqual([true, true, true, true]);
    expect(['https://a.org/news/', 'https://a.org/?p=12'].map(isFrontPage)).toEqual([false, false]);
  });
});
