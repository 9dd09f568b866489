import { describe, expect, it } from 'vitest';
import { once } from '../../src/lib/once.ts';

describe('once', () => {
  it('computes on first use and hands back the same value after, even an undefined one', () => {
    let calls = 0;
    const value = once(() => {
      calls += 1;
      return calls > 1 ? 'again' : undefined;
    });
    expect(calls).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(calls).toBe(1);
  });
});
