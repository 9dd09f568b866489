/**
 * Where each jurisdiction stands now: each of its bodies with its current position (bodies stand
 * side by side; see `bodiesOf`), and how the map shows it — one stance when the bodies agree,
 * divided when they differ (the rule is in `divided.ts`). The home page, the map, its table and each
 * jurisdiction's page read this.
 */
import type { EntryGraph, GraphEntry } from '../graph.ts';
import { type BodyPositions, bodiesOf, type PositionEntry } from '../positions.ts';
import type { Stance } from '../stances.ts';
import { standing } from './divided.ts';

export interface JurisdictionStance {
  jurisdiction: GraphEntry<'jurisdictions'>;
  /** Each body on its own, the one with the newest current position first. */
  bodies: BodyPositions[];
  /** Each body's current position, newest first. */
  current: PositionEntry[];
  /** The stance its bodies agree on; undefined when none is recorded or they are divided. */
  stance?: Stance;
  /** True when its bodies' current positions differ (by the rule in `divided.ts`). */
  divided: boolean;
}

/** One jurisdiction's bodies and standing. */
export function jurisdictionStance(graph: EntryGraph, jurisdiction: GraphEntry<'jurisdictions'>): JurisdictionStance {
  const bodies = bodiesOf(graph, jurisdiction.id);
  const current = bodies.map((body) => body.current);
  const standsAt = standing(graph, current);
  return {
    jurisdiction,
    bodies,
    current,
    stance: standsAt === 'divided' ? undefined : standsAt,
    divided: standsAt === 'divided',
  };
}

/** Every jurisdiction, by name, with its bodies' current positions. */
export function currentStances(graph: EntryGraph): JurisdictionStance[] {
  return [...graph.all('jurisdictions')]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((jurisdiction) => jurisdictionStance(graph, jurisdiction));
}
