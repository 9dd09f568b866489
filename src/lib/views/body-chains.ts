/**
 * A government body's positions in each jurisdiction where it has held one, each list newest first
 * (as `bodiesOf` gives them), by jurisdiction id. A body's stance chart draws each list on its own.
 */
import type { EntryGraph } from '../graph.ts';
import { bodiesOf, type PositionEntry } from '../positions.ts';

export function bodyChains(graph: EntryGraph, organisationId: string): PositionEntry[][] {
  const jurisdictions = new Set(
    graph
      .all('positions')
      .filter((position) => position.data.actor === organisationId)
      .map((position) => position.data.jurisdiction),
  );
  return [...jurisdictions]
    .sort()
    .flatMap((id) => bodiesOf(graph, id).filter((body) => body.actor === organisationId))
    .map((body) => body.positions);
}
