/**
 * The `supersedes` chains a government body holds: its jurisdictions' chains whose current position
 * is the body's, each newest first (as `stanceHistory` gives them). A body's stance chart draws these.
 */
import type { EntryGraph } from '../graph.ts';
import { type PositionEntry, stanceHistory } from '../positions.ts';

export function bodyChains(graph: EntryGraph, organisationId: string): PositionEntry[][] {
  const jurisdictions = new Set(
    graph
      .all('positions')
      .filter((position) => position.data.actor === organisationId)
      .map((position) => position.data.jurisdiction),
  );
  return [...jurisdictions]
    .sort()
    .flatMap((id) => stanceHistory(graph, id))
    .filter((chain) => chain[0]!.data.actor === organisationId);
}
