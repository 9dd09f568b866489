import { describe, expect, it } from 'vitest';
import {
  buildSignatoryIndex,
  groupSignatories,
  RANK_MIN_LETTERS,
  signatoryMatrix,
} from '../../../src/lib/views/signatories.ts';
import { smallRecord } from './small-record.ts';

const graph = smallRecord();
const index = buildSignatoryIndex(graph);

describe('groupSignatories', () => {
  it('groups a letter’s signatories by kind, in a fixed order, empty groups left out', () => {
    const groups = groupSignatories(graph, graph.get('letters', 'l2')!);
    expect(groups.map((g) => [g.key, g.actors.map((a) => a.id)])).toEqual([
      ['company', ['acme']],
      ['trade-association', ['league']],
      ['civil-society', ['rights']],
      ['academic', ['uni']],
      ['other', ['paper']],
    ]);
    expect(groupSignatories(graph, graph.get('letters', 'l1')!).map((g) => [g.key, g.actors.length])).toEqual([
      ['company', 2],
      ['civil-society', 1],
      ['individual', 1],
    ]);
  });
});

describe('buildSignatoryIndex', () => {
  it('ranks signatories by letters signed, then by name', () => {
    expect(index.ranked.map(({ actor, count }) => `${actor.id}=${count}`)).toEqual([
      'acme=2',
      'globex=2',
      'league=2',
      'rights=2',
      'lee=1',
      'paper=1',
      'uni=1',
    ]);
  });

  it('lists an actor’s letters newest first, and who signed with them most', () => {
    expect(index.lettersOf('acme').map((l) => l.id)).toEqual(['l2', 'l1']);
    expect(index.lettersOf('nobody')).toEqual([]);
    // Only those named on at least two of acme's letters: one shared letter ranks no one.
    expect(index.coSignatories('acme').map(({ actor, count }) => `${actor.id}=${count}`)).toEqual(['rights=2']);
    expect(index.coSignatories('rights', 1).map(({ actor }) => actor.id)).toEqual(['acme']);
    expect(index.coSignatories('lee')).toEqual([]);
  });
});

describe('signatoryMatrix', () => {
  it('crosses the top signatories with their letters, same signers side by side', () => {
    const matrix = signatoryMatrix(index, 4, 10);
    expect(matrix.actors.map(({ actor }) => actor.id)).toEqual(['acme', 'globex', 'league', 'rights']);
    // Read down the rows as a binary number: l1 (acme, globex, rights), l2 (acme, league, rights), l3 (globex, league).
    expect(matrix.letters.map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
    expect(matrix.signed).toEqual([
      [true, true, false],
      [true, false, true],
      [false, true, true],
      [true, true, false],
    ]);
  });

  it('ranks no one on the strength of a single letter: one-letter signers are not rows', () => {
    const matrix = signatoryMatrix(index, 20, 10);
    expect(matrix.actors.map(({ actor, count }) => `${actor.id}=${count}`)).toEqual([
      'acme=2',
      'globex=2',
      'league=2',
      'rights=2',
    ]);
    expect(RANK_MIN_LETTERS).toBe(2);
  });

  it('keeps the letters most of the top signatories share when columns run out', () => {
    const matrix = signatoryMatrix(index, 4, 2);
    expect(matrix.letters.map((l) => l.id)).toEqual(['l1', 'l2']);
  });
});
