/**
 * One actor's record: everything a person or organisation said (quotes), signed (letters) or held
 * (positions), oldest first, so a change of stance reads down the list. Taken from the timeline's
 * index, which already holds each actor's statements (src/lib/involved.ts's OWN_STATEMENTS).
 */
import { involvementOf, OWN_STATEMENTS } from '../involved.ts';
import type { TimelineEntry, TimelineIndex } from './timeline.ts';

type OwnStatement = (typeof OWN_STATEMENTS)[number];
export type RecordRole = 'Said' | 'Signed' | 'Held';

const ROLES: Record<OwnStatement, RecordRole> = { said: 'Said', signed: 'Signed', held: 'Held' };

export function actorRecord(timeline: TimelineIndex, actorId: string): { entry: TimelineEntry; role: RecordRole }[] {
  return timeline
    .entries({ who: { type: 'actor', id: actorId } })
    .map((entry) => ({ entry, role: ROLES[involvementOf(entry, actorId, OWN_STATEMENTS) as OwnStatement] }))
    .reverse();
}
