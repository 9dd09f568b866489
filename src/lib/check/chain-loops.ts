/**
 * Loops in chains where each item points at most one other (a position and the one it
 * supersedes). One pass in linear time: each item is walked once, marked while on the current walk
 * and done after it, so a walk that meets an item of its own walk has found a loop, and a walk that
 * meets a done item stops. Each loop is found once, and is written from its item that comes first
 * in `ids`, so a report does not depend on where a walk happened to start.
 */

const ON_WALK = 1;
const DONE = 2;

/** Every loop, as its items in chain order; `next` is asked once per item at most. */
export function chainLoops(ids: readonly string[], next: (id: string) => string | undefined): string[][] {
  const order = new Map(ids.map((id, index) => [id, index]));
  const state = new Map<string, number>();
  const loops: string[][] = [];
  for (const start of ids) {
    if (state.has(start)) continue;
    const walk: string[] = [];
    const at = new Map<string, number>(); // Where each item of this walk is in it.
    let current: string | undefined = start;
    while (current !== undefined && order.has(current) && !state.has(current)) {
      state.set(current, ON_WALK);
      at.set(current, walk.length);
      walk.push(current);
      current = next(current);
    }
    if (current !== undefined && state.get(current) === ON_WALK) {
      const loop = walk.slice(at.get(current));
      // Start at the item listed first, so the same loop always reads the same way.
      let first = 0;
      loop.forEach((id, index) => {
        if (order.get(id)! < order.get(loop[first]!)!) first = index;
      });
      loops.push([...loop.slice(first), ...loop.slice(0, first)]);
    }
    for (const id of walk) state.set(id, DONE);
  }
  return loops;
}
