/**
 * Stance history: each body's positions in a jurisdiction, linked by `supersedes` into its own chain.
 * A body's newest position that none supersedes is its current one; bodies stand side by side.
 */
import { compareDates } from './dates.ts';
import { type EntryGraph, entryKey, type GraphEntry } from './graph.ts';

export type PositionEntry = GraphEntry<'positions'>;

/** The position that replaced this one, if any. */
export function supersededBy(graph: EntryGraph, position: PositionEntry): PositionEntry | undefined {
  return graph.linking(entryKey('positions', position.id), 'positions', 'supersedes')[0];
}

/** The position this one replaced, if any. */
export function supersedes(graph: EntryGraph, position: PositionEntry): PositionEntry | undefined {
  const id = position.data.supersedes;
  return id ? graph.get('positions', id) : undefined;
}

/** Positions of a jurisdiction, newest first. */
export function positionsOf(graph: EntryGraph, jurisdictionId: string): PositionEntry[] {
  return graph
    .linking(entryKey('jurisdictions', jurisdictionId), 'positions', 'jurisdiction')
    .sort((a, b) => compareDates(b.data.date, a.data.date));
}

/** One body's record in a jurisdiction: its positions, and the one that stands now. */
export interface BodyPositions {
  /** The actor id (an organisation, or a person holding an office). */
  actor: string;
  /** The body's current position: its newest position that no other supersedes. */
  current: PositionEntry;
  /** All the body's positions in the jurisdiction, newest first. */
  positions: PositionEntry[];
}

/**
 * Each body that has held a position in the jurisdiction, on its own: a `supersedes` chain stays
 * within one actor (the check refuses one that crosses), so one body's word never replaces
 * another's. The body whose current position is newest comes first.
 */
export function bodiesOf(graph: EntryGraph, jurisdictionId: string): BodyPositions[] {
  const byActor = new Map<string, PositionEntry[]>();
  for (const position of positionsOf(graph, jurisdictionId)) {
    const list = byActor.get(position.data.actor) ?? [];
    list.push(position);
    byActor.set(position.data.actor, list);
  }
  return [...byActor]
    .map(([actor, positions]) => ({
      actor,
      positions,
      current: positions.find((position) => !supersededBy(graph, position)) ?? positions[0]!,
    }))
    .sort((a, b) => compareDates(b.current.data.date, a.current.data.date) || a.actor.localeCompare(b.actor));
}

/** The current position of each body in a jurisdiction, newest first. */
export function currentPositions(graph: EntryGraph, jurisdictionId: string): PositionEntry[] {
  return bodiesOf(graph, jurisdictionId).map((body) => body.current);
}
