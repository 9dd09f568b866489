/**
 * Whether a jurisdiction's bodies agree, for the map: the rule that decides between one stance and
 * "divided". Every kind of body counts — government, agency, legislature, court, EU institution —
 * because each position in the record is a state body acting on the question, and leaving courts or
 * legislatures out would let the executive speak for a jurisdiction whose parliament voted the other
 * way. One exception: a body whose parent body (`parent`) has a newer current position is spoken
 * for by its parent, so an agency's old word does not outvote its ministry's newer one.
 */
import { compareDates } from '../dates.ts';
import type { EntryGraph } from '../graph.ts';
import type { PositionEntry } from '../positions.ts';
import type { Stance } from '../stances.ts';

/** The rule in words, for the map page and its legend. */
export const DIVIDED_RULE =
  'A jurisdiction is divided when the current positions of two of its bodies differ in stance. Every body counts — government, agency, legislature, court, EU institution — so that a parliament or court on record is not overruled by the executive; a body whose parent body has a newer current position is spoken for by its parent, so that an agency’s old word does not outvote its ministry’s newer one.';

/** The parent organisations of an actor, nearest first (none for a person or a top-level body). */
function ancestors(graph: EntryGraph, actor: string): string[] {
  const chain: string[] = [];
  for (let id = graph.get('organisations', actor)?.data.parent; id && !chain.includes(id);) {
    chain.push(id);
    id = graph.get('organisations', id)?.data.parent;
  }
  return chain;
}

/** The current positions that decide the jurisdiction's standing: those not spoken for by a parent's newer one. */
export function decidingPositions(graph: EntryGraph, current: readonly PositionEntry[]): PositionEntry[] {
  const byActor = new Map(current.map((position) => [position.data.actor, position]));
  return current.filter((position) =>
    ancestors(graph, position.data.actor).every((parent) => {
      const parents = byActor.get(parent);
      return !parents || compareDates(parents.data.date, position.data.date) <= 0;
    }),
  );
}

/** One stance when the deciding positions agree, `divided` when they differ, undefined when there are none. */
export function standing(graph: EntryGraph, current: readonly PositionEntry[]): Stance | 'divided' | undefined {
  const stances = new Set(decidingPositions(graph, current).map((position) => position.data.stance));
  if (stances.size > 1) return 'divided';
  return [...stances][0];
}
