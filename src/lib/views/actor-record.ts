/**
 * One actor's record: everything a person or organisation said (quotes), signed (letters) or held
 * (positions), oldest first, so a change of stance reads down the list. Taken from the timeline's
 * index, which already holds each actor's statements.
 */
import type { TimelineEntry, TimelineIndex } from './timeline.ts';

export type RecordRole = 'Said' | 'Signed' | 'Held';

const ROLES: Record<TimelineEntry['collection'], RecordRole> = { quotes: 'Said', letters: 'Signed', positions: 'Held' };

export function actorRecord(timeline: TimelineIndex, actorId: string): { entry: TimelineEntry; role: RecordRole }[] {
  return timeline
    .entries({ who: { type: 'actor', id: actorId } })
    .map((entry) => ({ entry, role: ROLES[entry.collection] }))
    .reverse();
}
