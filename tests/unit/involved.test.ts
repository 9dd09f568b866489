/**
 * Who a statement involves: one answer, asked for by way (said, signed, received, held). The timeline
 * and actor pages follow what an actor stated; feeds and search also follow letters sent to them.
 */
import { describe, expect, it } from 'vitest';
import { feedEntries } from '../../src/lib/feeds.ts';
import { INVOLVEMENTS, involvedActors, involvementOf, OWN_STATEMENTS } from '../../src/lib/involved.ts';
import { searchRecord } from '../../src/lib/search-record.ts';
import { actorRecord } from '../../src/lib/views/actor-record.ts';
import { buildTimeline } from '../../src/lib/views/timeline.ts';
import { smallRecord } from '../helpers/small-record.ts';

const graph = smallRecord();
const letter = graph.get('letters', 'l1')!;

describe('involvedActors', () => {
  it('names who said, signed, received or held a statement, in that order, each once', () => {
    expect(involvedActors(letter)).toEqual(['acme', 'globex', 'rights', 'lee', 'ministry']);
    expect(involvedActors(graph.get('quotes', 'q1')!)).toEqual(['lee']);
    expect(involvedActors(graph.get('positions', 'fr-1')!)).toEqual(['ministry']);
    expect(involvedActors(graph.get('sources', 'report')!)).toEqual([]);
  });

  it('gives only the ways asked for', () => {
    expect(involvedActors(letter, OWN_STATEMENTS)).toEqual(['acme', 'globex', 'rights', 'lee']);
    expect(involvedActors(letter, ['received'])).toEqual(['ministry']);
    expect(involvedActors(graph.get('quotes', 'q1')!, ['signed', 'held'])).toEqual([]);
  });

  it('says how one actor is involved', () => {
    expect(involvementOf(letter, 'lee')).toBe('signed');
    expect(involvementOf(letter, 'ministry')).toBe('received');
    expect(involvementOf(letter, 'ministry', OWN_STATEMENTS)).toBeUndefined();
    expect(involvementOf(graph.get('positions', 'fr-1')!, 'ministry')).toBe('held');
    expect(INVOLVEMENTS).toEqual(['said', 'signed', 'received', 'held']);
  });
});

describe('a letter sent to an actor', () => {
  it('is not on their timeline or in their record, which hold what they stated', () => {
    const timeline = buildTimeline(graph);
    expect(timeline.entries({ who: { type: 'actor', id: 'ministry' } }).map((entry) => entry.id)).not.toContain('l1');
    expect(actorRecord(timeline, 'ministry').map(({ entry }) => entry.id)).toEqual(['fr-1', 'fr-2', 'fr-3']);
  });

  it('is in their feed and found by their search filter', () => {
    expect(feedEntries(graph, { collection: 'organisations', id: 'ministry' }).map((entry) => entry.id)).toContain(
      'l1',
    );
    expect(searchRecord(graph, letter).filters.actor.map(({ value }) => value)).toContain('ministry');
  });
});
