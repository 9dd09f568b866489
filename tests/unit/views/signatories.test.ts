import { describe, expect, it } from 'vitest';
import { type AnyGraphInput, buildEntryGraph } from '../../../src/lib/graph.ts';
import { entryJsonLd } from '../../../src/lib/share-metadata.ts';
import {
  buildSignatoryIndex,
  groupSignatories,
  RANK_MIN_LETTERS,
  SIGNATORIES_LISTED,
  signatoryMatrix,
} from '../../../src/lib/views/signatories.ts';
import { jurisdiction, letter as letterInput, organisation, source } from '../../helpers/records.ts';
import { smallRecord } from '../../helpers/small-record.ts';

const graph = smallRecord();
const index = buildSignatoryIndex(graph);

describe('groupSignatories', () => {
  it('groups a letter’s signatories by kind, in a fixed order, empty groups left out', () => {
    const { total, listed, groups } = groupSignatories(graph, graph.get('letters', 'l2')!);
    expect(groups.map((g) => [g.key, g.actors.map((a) => a.id)])).toEqual([
      ['company', ['acme']],
      ['trade-association', ['league']],
      ['civil-society', ['rights']],
      ['academic', ['uni']],
      ['other', ['paper']],
    ]);
    expect([total, listed]).toEqual([5, 5]);
    expect(groupSignatories(graph, graph.get('letters', 'l1')!).groups.map((g) => [g.key, g.count])).toEqual([
      ['company', 2],
      ['civil-society', 1],
      ['individual', 1],
    ]);
  });

  it('lists the first signatories in the letter’s order and counts every one', () => {
    const { total, listed, groups } = groupSignatories(graph, graph.get('letters', 'l1')!, 2);
    expect([total, listed]).toEqual([4, 2]);
    expect(groups.map((g) => [g.key, g.count, g.actors.map((a) => a.id)])).toEqual([
      ['company', 2, ['acme', 'globex']],
      ['civil-society', 1, []],
      ['individual', 1, []],
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

describe('a letter of 5,000 signatories', () => {
  const SIGNERS = 5_000;
  const ids = Array.from({ length: SIGNERS }, (_, i) => `signer-${String(i).padStart(4, '0')}`);
  const letterOf = (id: string, signatories: string[]) =>
    letterInput(id, {
      date: '2020-01-01',
      signatories,
      recipients: ['ministry'],
      stance: 'opposes',
      jurisdiction: 'fr',
    });
  const big = buildEntryGraph([
    source('report', { title: 'R', publisher: 'P', url: 'https://example.org/r', published: '2020-01-01' }),
    jurisdiction('fr', 'France', 'FR'),
    organisation('ministry', 'Ministry', 'government'),
    ...ids.map((id, i) => organisation(id, `Signer ${id}`, i % 2 ? 'company' : 'civil-society')),
    // Listed twice: each signatory counts once.
    letterOf('big', [...ids, ids[0]!]),
    letterOf('small', [ids[0]!, ids[1]!, ids[2]!]),
  ]);
  const letter = big.get('letters', 'big')!;

  it('lists the first signatories on its page and counts them all', () => {
    const { total, listed, groups } = groupSignatories(big, letter);
    expect([total, listed]).toEqual([SIGNERS, SIGNATORIES_LISTED]);
    expect(groups.reduce((sum, group) => sum + group.actors.length, 0)).toBe(SIGNATORIES_LISTED);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(SIGNERS);
    expect(groups.flatMap((group) => group.actors).every((actor) => ids.indexOf(actor.id) < SIGNATORIES_LISTED)).toBe(
      true,
    );
  });

  it('names as many authors in its JSON-LD as its page lists', () => {
    const ld = entryJsonLd(big, letter, (entry) => `https://example.org/${entry.id}/`, {
      name: 'Site',
      url: 'https://example.org/',
    }) as { author: { name: string }[] };
    expect(ld.author).toHaveLength(SIGNATORIES_LISTED);
    expect(ld.author[0]!.name).toBe('Signer signer-0000');
    expect(new Set(ld.author.map((author) => author.name)).size).toBe(SIGNATORIES_LISTED);
  });

  it('counts co-signatories once, not again for each signatory’s page', () => {
    const index = buildSignatoryIndex(big);
    // Every read of a letter's signatories from here on is a recount.
    let reads = 0;
    for (const entry of big.all('letters')) {
      const signatories = entry.data.signatories;
      Object.defineProperty(entry.data, 'signatories', {
        get: () => {
          reads += 1;
          return signatories;
        },
      });
    }
    const partners = ids.map((id) => index.coSignatories(id, 10));
    expect(reads).toBe(0);
    // Only who signed both letters with signer 0 ranks: one shared letter is not enough (RANK_MIN_LETTERS).
    expect(partners[0]!.map(({ actor, count }) => `${actor.id}=${count}`)).toEqual(['signer-0001=2', 'signer-0002=2']);
    expect(partners[4999]).toEqual([]);
  });

  it('keeps the most frequent partners when every signatory also signed a letter of their own', () => {
    const own = buildEntryGraph([
      ...[...big.all('sources'), ...big.all('jurisdictions'), ...big.all('organisations')].map(
        (entry) => ({ collection: entry.collection, id: entry.id, data: entry.data, bodyLinks: [] }) as AnyGraphInput,
      ),
      letterOf('big', ids),
      // Signers 1 to 4 sign a second letter with signer 0: they are signer 0's most frequent partners.
      letterOf('small', ids.slice(0, 5)),
      ...ids.map((id) => letterOf(`own-${id}`, [id])),
    ]);
    const index = buildSignatoryIndex(own);
    expect(index.lettersOf('signer-0000').map((letter) => letter.id)).toHaveLength(3);
    const first = index.coSignatories('signer-0000', 10);
    expect(first.map(({ actor, count }) => `${actor.id}=${count}`)).toEqual([
      'signer-0001=2',
      'signer-0002=2',
      'signer-0003=2',
      'signer-0004=2',
    ]);
    expect(index.coSignatories('signer-4999', 10)).toEqual([]);
  });
});
