import { describe, expect, it } from 'vitest';
import { actorRecord } from '../../../src/lib/views/actor-record.ts';
import { bodyChains } from '../../../src/lib/views/body-chains.ts';
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

describe('bodyChains', () => {
  it('gives the chains whose current position the body holds, newest first', () => {
    expect(bodyChains(graph, 'ministry').map((chain) => chain.map((p) => p.id))).toEqual([['fr-3', 'fr-2', 'fr-1']]);
    expect(bodyChains(graph, 'acme')).toEqual([]);
  });
});
