/**
 * One actor's record: everything a person or organisation said (quotes), signed (letters) or held
 * (positions), oldest first, so a change of stance reads down the list. Taken from the timeline's
 * index, which already holds each actor's statements (src/lib/involved.ts's OWN_STATEMENTS).
 */
import type { ActorCollection } from '../collections.ts';
import { involvementOf, OWN_STATEMENTS } from '../involved.ts';
import type { RecordViews } from './record-views.ts';
import type { SignatoryIndex } from './signatories.ts';
import { hasActorTimeline, type TimelineEntry, type TimelineIndex } from './timeline.ts';

type OwnStatement = (typeof OWN_STATEMENTS)[number];
export type RecordRole = 'Said' | 'Signed' | 'Held';

const ROLES: Record<OwnStatement, RecordRole> = { said: 'Said', signed: 'Signed', held: 'Held' };

export function actorRecord(timeline: TimelineIndex, actorId: string): { entry: TimelineEntry; role: RecordRole }[] {
  return timeline
    .entries({ who: { type: 'actor', id: actorId } })
    .map((entry) => ({ entry, role: ROLES[involvementOf(entry, actorId, OWN_STATEMENTS) as OwnStatement] }))
    .reverse();
}

/** An organisation's letters, newest first, and the actors it signed most often with. */
export interface ActorLetters {
  letters: ReturnType<SignatoryIndex['lettersOf']>;
  partners: ReturnType<SignatoryIndex['coSignatories']>;
}

/** How many co-signatories an organisation's page names. */
const PARTNERS_SHOWN = 10;

/** What an actor's page draws of the at-a-glance views: its record, and an organisation's letters. */
export interface ActorView {
  record: ReturnType<typeof actorRecord>;
  /** Whether the record is longer than the page shows, and so has a timeline page of its own. */
  hasTimeline: boolean;
  letters?: ActorLetters;
}

export function actorView(views: RecordViews, collection: ActorCollection, actorId: string): ActorView {
  const timeline = views.timeline();
  const signatories = views.signatories();
  return {
    record: actorRecord(timeline, actorId),
    hasTimeline: hasActorTimeline(timeline, actorId),
    ...(collection === 'organisations'
      ? {
          letters: {
            letters: signatories.lettersOf(actorId),
            partners: signatories.coSignatories(actorId, PARTNERS_SHOWN),
          },
        }
      : {}),
  };
}
