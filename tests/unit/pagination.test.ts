import { describe, expect, it } from 'vitest';
import { pageCount, pageOf } from '../../src/lib/pagination.ts';

const items = Array.from({ length: 250 }, (_, i) => i + 1);

describe('pagination', () => {
  it('splits a list into pages and says which items each shows', () => {
    expect(pageCount(250)).toBe(3);
    expect(pageOf(items, 1)).toMatchObject({ number: 1, count: 3, first: 1, last: 100, total: 250 });
    const last = pageOf(items, 3);
    expect(last).toMatchObject({ first: 201, last: 250 });
    expect(last.items).toHaveLength(50);
  });

  it('has one empty page for an empty collection', () => {
    expect(pageOf([], 1)).toMatchObject({ count: 1, first: 0, last: 0, items: [] });
  });

  it('refuses pages that do not exist', () => {
    expect(() => pageOf(items, 4)).toThrow(RangeError);
    expect(() => pageOf(items, 0)).toThrow(RangeError);
  });
});
