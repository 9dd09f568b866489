/**
 * Stance history: positions linked by `supersedes` form chains, one per line of policy in a
 * jurisdiction. The newest position of a chain (superseded by none) is the current one.
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

/**
 * The jurisdiction's chains, each newest first, the chain with the newest head first. A position
 * superseded by none starts a chain; following `supersedes` walks back in time.
 */
export function stanceHistory(graph: EntryGraph, jurisdictionId: string): PositionEntry[][] {
  const heads = positionsOf(graph, jurisdictionId).filter((position) => !supersededBy(graph, position));
  return heads.map((head) => {
    const chain = [head];
    for (
      let previous = supersedes(graph, head);
      previous && !chain.includes(previous);
      previous = supersedes(graph, previous)
    ) {
      chain.push(previous);
    }
    return chain;
  });
}

/** The current position of each chain in a jurisdiction, newest first. */
export function currentPositions(graph: EntryGraph, jurisdictionId: string): PositionEntry[] {
  return stanceHistory(graph, jurisdictionId).map((chain) => chain[0]!);
}
