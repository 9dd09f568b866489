import { describe, expect, it } from 'vitest';
import { findCorrections, newestCorrectionsFirst } from '../../src/lib/corrections.ts';
import { parseMdxBody } from '../../src/lib/mdx-body.ts';

describe('corrections', () => {
  it('are read from a body with their date and plain text, in order', () => {
    const tree = parseMdxBody(
      [
        'Some prose.',
        '',
        '<Correction date="2026-12-02">An earlier version named *two* recipients.</Correction>',
        '',
        'More prose with <Correction date="2025-01">an inline one</Correction>.',
      ].join('\n'),
    );
    expect(findCorrections(tree)).toEqual([
      { date: '2026-12-02', text: 'An earlier version named two recipients.' },
      { date: '2025-01', text: 'an inline one' },
    ]);
  });

  it('are listed newest first, a partial date as its first day', () => {
    const items = [
      { id: 'a', correction: { date: '2025-01', text: '' } },
      { id: 'b', correction: { date: '2026-12-02', text: '' } },
      { id: 'c', correction: { date: '2025-01-15', text: '' } },
    ];
    expect(newestCorrectionsFirst(items).map((item) => item.id)).toEqual(['b', 'c', 'a']);
  });
});
