import { describe, expect, it } from 'vitest';
import { actorRecord, actorView } from '../../../src/lib/views/actor-record.ts';
import { bodyChains } from '../../../src/lib/views/body-chains.ts';
import { recordViews } from '../../../src/lib/views/record-views.ts';
import { buildTimeline } from '../../../src/lib/views/timeline.ts';
import { smallRecord } from '../../helpers/small-record.ts';

const graph = smallRecord();

describe('actorRecord', () => {
  it('lists what an actor said, signed or held, oldest first, with the role', () => {
    expect(actorRecord(buildTimeline(graph), 'lee').map(({ entry, role }) => `${entry.id} ${role}`)).toEqual([
      'l1 Signed',
      'q1 Said',
      'q2 Said',
    ]);
    expect(actorRecord(buildTimeline(graph), 'ministry').map(({ role }) => role)).toEqual(['Held', 'Held', 'Held']);
    expect(actorRecord(buildTimeline(graph), 'nobody')).toEqual([]);
  });
});

describe('actorView', () => {
  const glance = recordViews(graph);

  it("hands an organisation's page its record, its letters and who it signed with most", () => {
    const view = actorView(glance, 'organisations', 'acme');
    expect(view.record.map(({ entry }) => entry.id)).toEqual(['l1', 'l2']);
    expect(view.hasTimeline).toBe(false);
    expect(view.letters?.letters.map((letter) => letter.id)).toEqual(['l2', 'l1']);
    // Only a partner named on two of its letters ranks (RANK_MIN_LETTERS).
    expect(view.letters?.partners.map(({ actor, count }) => `${actor.id} ${count}`)).toEqual(['rights 2']);
  });

  it("hands a person's page their record only", () => {
    const view = actorView(glance, 'people', 'lee');
    expect(view.record.map(({ entry }) => entry.id)).toEqual(['l1', 'q1', 'q2']);
    expect(view).not.toHaveProperty('letters');
  });
});

describe('bodyChains', () => {
  it('gives the chains whose current position the body holds, newest first', () => {
    expect(bodyChains(graph, 'ministry').map((chain) => chain.map((p) => p.id))).toEqual([['fr-3', 'fr-2', 'fr-1']]);
    expect(bodyChains(graph, 'acme')).toEqual([]);
  });
});
