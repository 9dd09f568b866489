// @vitest-environment jsdom
/**
 * A search result shows a quote's words once: the heading names who said it (with their role on the
 * day), the words follow, and Pagefind's excerpt only when the match is elsewhere in the entry.
 */
import { describe, expect, it } from 'vitest';
import { renderResult } from '../../src/scripts/search/render-result.ts';

const WORDS = 'Encryption is a thorny policy challenge for every government';
const quote = {
  url: '/quotes/harper-thorny/',
  excerpt: 'Alex Harper spoke to <mark>Parliament</mark> about encryption',
  meta: {
    title: `Alex Harper: “${WORDS}”`,
    kind: 'Quote',
    date: '2016-03-01',
    stance: 'undecided',
    words: WORDS,
    speaker: 'Alex Harper, Home Secretary, Interior Ministry',
  },
};

/** How often a run of text appears in the result as a reader sees it. */
const times = (item: HTMLElement, text: string) => item.textContent!.split(text).length - 1;

describe('renderResult', () => {
  it.each(['', 'thorny', 'parliament'])('shows a quote’s words once, searching for “%s”', (q) => {
    const item = renderResult(quote, q);
    expect(times(item, 'thorny policy challenge')).toBe(1);
    expect(item.querySelector('h2 a')!.textContent).toBe('Alex Harper, Home Secretary, Interior Ministry');
    expect(item.querySelector('h2 a')!.getAttribute('href')).toBe('/quotes/harper-thorny/');
  });

  it('names the speaker once when the match is in the words', () => {
    expect(times(renderResult(quote, 'thorny'), 'Alex Harper')).toBe(1);
  });

  it('shows the excerpt when the match is not in the words', () => {
    const item = renderResult(quote, 'parliament');
    expect(item.querySelector('.search-result-excerpt mark')!.textContent).toBe('Parliament');
  });

  it('titles any other entry by its title', () => {
    const item = renderResult(
      { url: '/letters/x/', excerpt: 'a <mark>thorny</mark> letter', meta: { title: 'A letter', kind: 'Letter' } },
      'thorny',
    );
    expect(item.querySelector('h2 a')!.textContent).toBe('A letter');
    expect(item.querySelector('blockquote')).toBeNull();
  });
});
