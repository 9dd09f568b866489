// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderResult } from '../../src/scripts/search/render-result.ts';
import { STANCE_LABELS, STANCES, stanceBadge } from '../../src/lib/stances.ts';
import { MAP_LEGEND, mapPatternId } from '../../src/lib/views/map-legend.ts';

describe('the stance table', () => {
  it('gives every stance its own shape, texture and map pattern, so none relies on colour', () => {
    for (const key of ['shape', 'texture', 'pattern'] as const) {
      const values = STANCES.map((stance) => JSON.stringify(STANCE_LABELS[stance][key]));
      expect(new Set(values).size, key).toBe(STANCES.length);
    }
  });

  it("makes the map legend's words from it", () => {
    expect(MAP_LEGEND.find((row) => row.fill === 'supports')?.label).toBe('For mandated access ✓ (dots)');
    expect(mapPatternId('mixed')).toBe('map-fill-mixed');
  });
});

describe('stanceBadge', () => {
  it('is a link to the stance question, with its shape and label', () => {
    expect(stanceBadge('opposes')).toEqual({
      tag: 'a',
      className: 'stance stance-opposes',
      href: '/about/#stance-question',
      shape: '✕',
      label: 'Against mandated access',
    });
  });

  it('is plain text beside the question itself', () => {
    expect(stanceBadge('undecided', false)).toEqual({
      tag: 'span',
      className: 'stance stance-undecided',
      shape: '?',
      label: 'Undecided on mandated access',
    });
  });

  it("is what a search result draws, as StanceBadge.astro draws it on the site's pages", () => {
    const item = renderResult({ url: '/quotes/x/', meta: { title: 'X', stance: 'mixed' } } as never, '');
    expect(item.querySelector('.stance')?.outerHTML).toBe(
      '<a class="stance stance-mixed" href="/about/#stance-question"><span aria-hidden="true">±</span><span>Mixed on mandated access</span></a>',
    );
  });
});
