import { describe, expect, it } from 'vitest';
import { dateOrder } from '../../src/lib/search-order.ts';

const ids = (...names: string[]) => names.map((id) => ({ id }));

describe('dateOrder', () => {
  it('lists the dated results in date order, then the undated ones in order of relevance', () => {
    const dated = ids('old', 'mid', 'new');
    const ranked = ids('person', 'new', 'organisation', 'old', 'mid');
    const order = dateOrder(dated, ranked);
    expect(order.results.map((result) => result.id)).toEqual(['old', 'mid', 'new', 'person', 'organisation']);
    expect(order.undated).toBe(2);
  });

  it('loses no result and repeats none', () => {
    const order = dateOrder(ids('b', 'a'), ids('a', 'c', 'b'));
    expect(order.results.map((result) => result.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('has nothing undated when every result has a date, and all undated when none has', () => {
    expect(dateOrder(ids('a', 'b'), ids('b', 'a')).undated).toBe(0);
    expect(dateOrder([], ids('p', 'q'))).toEqual({ results: ids('p', 'q'), undated: 2 });
  });
});
