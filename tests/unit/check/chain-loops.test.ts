/**
 * `supersedes` loops are found in one linear pass: the check took 77 s on a 3,000-position
 * chain when every start walked the whole chain. The work is counted (how often a position's
 * target is asked for), never timed.
 */
import { describe, expect, it } from 'vitest';
import { chainLoops } from '../../../src/lib/check/chain-loops.ts';
import type { RelationalEntry } from '../../../src/lib/check/relational-entry.ts';
import { relationProblems } from '../../../src/lib/check/relations.ts';

/** `next` over a table, counting how often it is asked. */
function counted(table: Record<string, string | undefined>) {
  const counter = { calls: 0 };
  return { counter, next: (id: string) => (counter.calls++, table[id]) };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p-${i}`);

describe('chainLoops', () => {
  it('finds nothing in a 3,000-position chain, asking each position once', () => {
    const chain = ids(3000);
    // Listed newest first, so every walk but the first stops at once on a position already done.
    const { counter, next } = counted(Object.fromEntries(chain.map((id, i) => [id, chain[i + 1]])));
    expect(chainLoops(chain, next)).toEqual([]);
    expect(counter.calls).toBe(3000);
  });

  it('finds a 3,000-position loop once, from whichever position a walk starts', () => {
    const chain = ids(3000);
    const table = Object.fromEntries(chain.map((id, i) => [id, chain[(i + 1) % 3000]]));
    // Listed oldest first: the first walk starts in the middle of the loop's written order.
    const listed = [...chain].reverse();
    const { counter, next } = counted(table);
    const loops = chainLoops(listed, next);
    expect(loops).toHaveLength(1);
    expect(loops[0]).toHaveLength(3000);
    expect(loops[0]![0]).toBe('p-2999'); // the position listed first
    expect(loops[0]![1]).toBe('p-0');
    expect(counter.calls).toBe(3000);
  });

  it('tells loops apart from chains that run into them, and from missing targets', () => {
    const { next } = counted({
      a: 'b',
      b: 'c',
      c: 'b', // a → b → c → b: the loop is b, c
      d: 'd', // supersedes itself
      e: 'missing',
      f: 'e',
      g: 'h',
      h: 'g',
    });
    expect(chainLoops(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], next)).toEqual([['b', 'c'], ['d'], ['g', 'h']]);
  });
});

describe('the check over a 3,000-position chain', () => {
  const jurisdiction: RelationalEntry = {
    file: 'content/jurisdictions/nl.mdx',
    collection: 'jurisdictions',
    id: 'nl',
    data: { name: 'Netherlands', code: 'NL', kind: 'country' },
    bodyLinks: [],
    lineOf: () => 1,
  };
  const positions = (loop: boolean): RelationalEntry[] =>
    ids(3000).map((id, i) => ({
      file: `content/positions/${id}.mdx`,
      collection: 'positions',
      id,
      data: {
        jurisdiction: 'nl',
        date: `${2000 + Math.floor(i / 300)}`,
        ...(i > 0 ? { supersedes: `p-${i - 1}` } : loop ? { supersedes: 'p-2999' } : {}),
      },
      bodyLinks: [],
      lineOf: () => 9,
    }));

  it('accepts it', () => {
    expect(relationProblems([jurisdiction, ...positions(false)])).toEqual([]);
  });

  it('reports the loop once, at its first position', () => {
    const problems = relationProblems([jurisdiction, ...positions(true)]).filter((p) =>
      p.message.startsWith('the chain loops'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/positions/p-0.mdx', line: 9, field: 'supersedes' });
    expect(problems[0]!.message).toMatch(/^the chain loops: p-0 → p-2999 → p-2998 → .* → p-1 → p-0$/);
  });
});
