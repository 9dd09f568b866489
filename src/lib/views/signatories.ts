/**
 * Who signed with whom: a letter's signatories grouped by kind, an actor's letters and most frequent
 * co-signatories, and the signatory matrix. Built from one index of letters by signatory, made once
 * per build.
 *
 * Bounded however many sign: a letter's page lists its first SIGNATORIES_LISTED signatories and
 * counts the rest. Co-signing counts are made once per set of letters signed, not once per actor:
 * the 5,000 signatories of one open letter who signed nothing else share one count, where recounting
 * for each of their pages cost 5,000 × 5,000.
 */
import { compareNewestFirst } from '../entry-facts.ts';
import { type EntryGraph, type GraphEntry, isIn } from '../graph.ts';

/**
 * The fewest letters that rank a signatory (a matrix row) or a co-signatory ("signed most often
 * with"). Counts are of named signatories only, and many letters name a few of their signers (a
 * partial list, `signatories_reported`): being named on one such letter depends on which names a
 * report printed, and one letter says nothing about who signs with whom. So nobody is ranked on the
 * strength of a single letter.
 */
export const RANK_MIN_LETTERS = 2;

export type LetterEntry = GraphEntry<'letters'>;
export type ActorEntry = GraphEntry<'people' | 'organisations'>;

/** The kinds a letter's signatories are grouped by, in the order shown. */
const SIGNATORY_GROUPS = [
  { key: 'company', label: 'Companies' },
  { key: 'trade-association', label: 'Trade associations' },
  { key: 'civil-society', label: 'Civil society' },
  { key: 'academic', label: 'Academics' },
  { key: 'individual', label: 'Individuals' },
  { key: 'other', label: 'Other organisations' },
] as const;

export type SignatoryGroupKey = (typeof SIGNATORY_GROUPS)[number]['key'];

export function signatoryGroupOf(actor: ActorEntry): SignatoryGroupKey {
  if (!isIn(actor, 'organisations')) return 'individual';
  const kind = actor.data.kind;
  return SIGNATORY_GROUPS.some((group) => group.key === kind) ? (kind as SignatoryGroupKey) : 'other';
}

/** How many of a letter's signatories its page lists and its JSON-LD names; the rest are counted. */
export const SIGNATORIES_LISTED = 200;

/** A letter's signatories, each once, in the letter's order (unknown ids left out: the check reports them). */
export function letterSignatories(graph: EntryGraph, letter: LetterEntry): ActorEntry[] {
  return [...new Set(letter.data.signatories)].map((id) => graph.actor(id)!).filter(Boolean);
}

export interface SignatoryGroup {
  key: SignatoryGroupKey;
  label: string;
  /** How many of the letter's signatories are of this kind. */
  count: number;
  /** Those of them among the letter's first `limit` signatories, in the letter's order. */
  actors: ActorEntry[];
}

/**
 * A letter's signatories by kind, each group counted in full but listing only those among the
 * letter's first `limit`; empty groups left out. `total` counts them all, `listed` those shown.
 */
export function groupSignatories(
  graph: EntryGraph,
  letter: LetterEntry,
  limit = SIGNATORIES_LISTED,
): { total: number; listed: number; groups: SignatoryGroup[] } {
  const actors = letterSignatories(graph, letter);
  const groups = new Map<SignatoryGroupKey, SignatoryGroup>(
    SIGNATORY_GROUPS.map(({ key, label }) => [key, { key, label, count: 0, actors: [] }]),
  );
  actors.forEach((actor, position) => {
    const group = groups.get(signatoryGroupOf(actor))!;
    group.count += 1;
    if (position < limit) group.actors.push(actor);
  });
  return {
    total: actors.length,
    listed: Math.min(limit, actors.length),
    groups: [...groups.values()].filter((group) => group.count > 0),
  };
}

export interface SignatoryIndex {
  /** Letters each actor signed, newest first. */
  lettersOf(actorId: string): readonly LetterEntry[];
  /** Actors named on at least `RANK_MIN_LETTERS` of this one's letters, most shared letters first, then by name. */
  coSignatories(actorId: string, limit?: number): { actor: ActorEntry; count: number }[];
  /** Every actor who signed a letter, most letters first, then by name. */
  ranked: readonly { actor: ActorEntry; count: number }[];
}

export function buildSignatoryIndex(graph: EntryGraph): SignatoryIndex {
  const letters = [...graph.all('letters')].sort(compareNewestFirst(graph));
  const byActor = new Map<string, LetterEntry[]>();
  const signersOf = new Map<string, string[]>();
  for (const letter of letters) {
    const signers = [...new Set(letter.data.signatories)].filter((id) => graph.actor(id));
    signersOf.set(letter.id, signers);
    for (const id of signers) {
      const list = byActor.get(id) ?? [];
      list.push(letter);
      byActor.set(id, list);
    }
  }
  // Names are compared once, here; every later order compares positions.
  const nameOrder = new Map(
    [...byActor.keys()]
      .map((id) => graph.actor(id)!)
      .sort((a, b) => a.data.name.localeCompare(b.data.name))
      .map((actor, position) => [actor.id, position]),
  );
  const byCountThenName = (a: { id: string; count: number }, b: { id: string; count: number }) =>
    b.count - a.count || nameOrder.get(a.id)! - nameOrder.get(b.id)!;
  const ranked = [...byActor]
    .map(([id, signed]) => ({ id, count: signed.length }))
    .sort(byCountThenName)
    .map(({ id, count }) => ({ actor: graph.actor(id)!, count }));

  // Actors who signed the same letters have the same co-signatories: count once per set of letters,
  // keeping one more than asked for, as an actor leaves itself out.
  const partnersBySet = new Map<string, { id: string; count: number }[]>();
  function partnersOf(signed: readonly LetterEntry[], limit: number): { id: string; count: number }[] {
    const key = `${limit}:${signed.map((letter) => letter.id).join('\n')}`;
    let partners = partnersBySet.get(key);
    if (!partners) {
      const counts = new Map<string, number>();
      for (const letter of signed) {
        for (const id of signersOf.get(letter.id)!) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      partners = firstInOrder(counts, limit + 1, byCountThenName);
      partnersBySet.set(key, partners);
    }
    return partners;
  }

  return {
    ranked,
    lettersOf: (actorId) => byActor.get(actorId) ?? [],
    coSignatories(actorId, limit = 10) {
      return partnersOf(byActor.get(actorId) ?? [], limit)
        .filter(({ id, count }) => id !== actorId && count >= RANK_MIN_LETTERS)
        .slice(0, limit)
        .map(({ id, count }) => ({ actor: graph.actor(id)!, count }));
    },
  };
}

/**
 * The first `keep` of `counts` in `order`, without sorting them all: a signer of a 5,000-signatory
 * letter who also signed a letter of their own has 5,000 partners of whom ten are shown.
 */
function firstInOrder(
  counts: Map<string, number>,
  keep: number,
  order: (a: { id: string; count: number }, b: { id: string; count: number }) => number,
): { id: string; count: number }[] {
  const kept: { id: string; count: number }[] = [];
  for (const [id, count] of counts) {
    const candidate = { id, count };
    if (kept.length === keep && order(candidate, kept[keep - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(candidate, kept[at - 1]!) < 0) at -= 1;
    kept.splice(at, 0, candidate);
    if (kept.length > keep) kept.pop();
  }
  return kept;
}

export interface SignatoryMatrix {
  /** Rows: the most frequent signatories named on at least `RANK_MIN_LETTERS` letters, most letters first. */
  actors: { actor: ActorEntry; count: number }[];
  /** Columns: letters signed by any of them, ordered so letters with the same signers sit together. */
  letters: LetterEntry[];
  /** `signed[row][column]`. */
  signed: boolean[][];
}

/**
 * The matrix of the `rows` most frequent signatories (named on at least two letters) against the `columns` letters most of them
 * signed. Letters are ordered by who signed them, read down the rows as a binary number (the most
 * frequent signer first), so letters with the same signers form blocks; ties keep the order they were met in (the most
 * frequent signer's letters newest first).
 */
export function signatoryMatrix(index: SignatoryIndex, rows = 20, columns = 30): SignatoryMatrix {
  const actors = index.ranked.filter(({ count }) => count >= RANK_MIN_LETTERS).slice(0, rows);
  const letters = new Map<string, { letter: LetterEntry; pattern: boolean[]; order: number }>();
  actors.forEach(({ actor }, row) => {
    for (const letter of index.lettersOf(actor.id)) {
      let found = letters.get(letter.id);
      if (!found) letters.set(letter.id, (found = { letter, pattern: actors.map(() => false), order: letters.size }));
      found.pattern[row] = true;
    }
  });
  const weight = (pattern: boolean[]) => pattern.filter(Boolean).length;
  const chosen = [...letters.values()]
    // The columns kept are the letters most of the top signatories share.
    .sort((a, b) => weight(b.pattern) - weight(a.pattern) || a.order - b.order)
    .slice(0, columns)
    .sort((a, b) => {
      for (let row = 0; row < actors.length; row++) {
        if (a.pattern[row] !== b.pattern[row]) return a.pattern[row] ? -1 : 1;
      }
      return a.order - b.order;
    });
  return {
    actors,
    letters: chosen.map(({ letter }) => letter),
    signed: actors.map((_, row) => chosen.map(({ pattern }) => pattern[row]!)),
  };
}
