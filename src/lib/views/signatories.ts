/**
 * Who signed with whom: a letter's signatories grouped by kind, an actor's letters and most frequent
 * co-signatories, and the signatory matrix. Built from one index of letters by signatory, made once
 * per build; co-signing counts cost the sum of each letter's signatories squared, which is linear in
 * the record for letters of bounded size.
 */
import { compareNewestFirst } from '../entry-facts.ts';
import type { EntryGraph, GraphEntry } from '../graph.ts';

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
export const SIGNATORY_GROUPS = [
  { key: 'company', label: 'Companies' },
  { key: 'trade-association', label: 'Trade associations' },
  { key: 'civil-society', label: 'Civil society' },
  { key: 'academic', label: 'Academics' },
  { key: 'individual', label: 'Individuals' },
  { key: 'other', label: 'Other organisations' },
] as const;

export type SignatoryGroupKey = (typeof SIGNATORY_GROUPS)[number]['key'];

export function signatoryGroupOf(actor: ActorEntry): SignatoryGroupKey {
  if (actor.collection === 'people') return 'individual';
  const kind = (actor as GraphEntry<'organisations'>).data.kind;
  return SIGNATORY_GROUPS.some((group) => group.key === kind) ? (kind as SignatoryGroupKey) : 'other';
}

/** A letter's signatories by kind, in the letter's order within each; empty groups left out. */
export function groupSignatories(
  graph: EntryGraph,
  letter: LetterEntry,
): { key: SignatoryGroupKey; label: string; actors: ActorEntry[] }[] {
  const actors = [...new Set(letter.data.signatories)].map((id) => graph.actor(id)!).filter(Boolean);
  return SIGNATORY_GROUPS.map(({ key, label }) => ({
    key,
    label,
    actors: actors.filter((actor) => signatoryGroupOf(actor) === key),
  })).filter((group) => group.actors.length > 0);
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
  for (const letter of letters) {
    for (const id of new Set(letter.data.signatories)) {
      const list = byActor.get(id) ?? [];
      list.push(letter);
      byActor.set(id, list);
    }
  }
  const byCountThenName = (a: { actor: ActorEntry; count: number }, b: { actor: ActorEntry; count: number }) =>
    b.count - a.count || a.actor.data.name.localeCompare(b.actor.data.name);
  const ranked = [...byActor]
    .map(([id, signed]) => ({ actor: graph.actor(id)!, count: signed.length }))
    .sort(byCountThenName);
  return {
    ranked,
    lettersOf: (actorId) => byActor.get(actorId) ?? [],
    coSignatories(actorId, limit = 10) {
      const counts = new Map<string, number>();
      for (const letter of byActor.get(actorId) ?? []) {
        for (const id of new Set(letter.data.signatories)) {
          if (id !== actorId) counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
      return [...counts]
        .filter(([, count]) => count >= RANK_MIN_LETTERS)
        .map(([id, count]) => ({ actor: graph.actor(id)!, count }))
        .sort(byCountThenName)
        .slice(0, limit);
    },
  };
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
