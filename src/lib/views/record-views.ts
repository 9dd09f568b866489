/**
 * The at-a-glance views many pages share — the timeline index, where each jurisdiction stands, the
 * map, the signatory index — each computed from the entry graph on first use and kept for the build.
 * `siteContent()` holds one of these beside the graph.
 */
import type { EntryGraph } from '../graph.ts';
import { currentStances, type JurisdictionStance } from './current-stances.ts';
import { buildSignatoryIndex, type SignatoryIndex } from './signatories.ts';
import { buildTimeline, type TimelineIndex } from './timeline.ts';
import { worldMap, type WorldMap } from './world-map.ts';
import { europeShapes } from './europe-shapes.ts';
import { worldShapes } from './world-shapes.ts';
import { once } from '../once.ts';

export interface RecordViews {
  timeline(): TimelineIndex;
  currentStances(): readonly JurisdictionStance[];
  /** One jurisdiction's standing, from the same once-per-build list the map and table use. */
  standingOf(jurisdictionId: string): JurisdictionStance | undefined;
  worldMap(): WorldMap;
  signatories(): SignatoryIndex;
}

export function recordViews(graph: EntryGraph): RecordViews {
  const stances = once(() => currentStances(graph));
  const byJurisdiction = once(() => new Map(stances().map((standing) => [standing.jurisdiction.id, standing])));
  return {
    timeline: once(() => buildTimeline(graph)),
    currentStances: stances,
    standingOf: (jurisdictionId) => byJurisdiction().get(jurisdictionId),
    worldMap: once(() => worldMap(worldShapes(), stances(), europeShapes())),
    signatories: once(() => buildSignatoryIndex(graph)),
  };
}
