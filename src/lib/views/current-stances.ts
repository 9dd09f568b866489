/**
 * Where each jurisdiction stands now: the current position of each of its government bodies (the
 * head of each `supersedes` chain), and one stance to show it by on the map — the stance of its most
 * recent current position. The home page, the map and its table read this one list.
 */
import type { EntryGraph, GraphEntry } from '../graph.ts';
import { currentPositions, type PositionEntry } from '../positions.ts';
import type { Stance } from '../stances.ts';

export interface JurisdictionStance {
  jurisdiction: GraphEntry<'jurisdictions'>;
  /** The current position of each chain, newest first. */
  current: PositionEntry[];
  /** The stance of the newest current position; undefined when none is recorded. */
  stance?: Stance;
}

/** Every jurisdiction, by name, with its current positions. */
export function currentStances(graph: EntryGraph): JurisdictionStance[] {
  return [...graph.all('jurisdictions')]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((jurisdiction) => {
      const current = currentPositions(graph, jurisdiction.id);
      return { jurisdiction, current, stance: current[0]?.data.stance };
    });
}
