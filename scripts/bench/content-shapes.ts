/**
 * The shapes of record that once made the check or the build superlinear, as extra files
 * for the synthetic tree (generate-content.ts): a 3,000-position `supersedes` chain, one letter of
 * 5,000 signatories, one person speaking 2,000 quotes. Each comes with its flat twin — the same
 * files, frontmatter for frontmatter, without the shape — so a build of each can be compared.
 */
import type { CollectionName } from '../../src/lib/collections.ts';

export const SHAPES = {
  /** 3,000 positions of one jurisdiction, each superseding the one before; flat: none supersedes. */
  chain: 3_000,
  /** 5,000 organisations who all sign one letter; flat: the letter has three of them. */
  signatories: 5_000,
  /** 2,000 quotes by one person; flat: by the tree's existing actors in turn. */
  quotes: 2_000,
} as const;

export type Shape = keyof typeof SHAPES;

type Fields = Record<string, string | string[] | undefined>;

/** A date `days` after 2000-01-01. */
const day = (days: number) => new Date(Date.UTC(2000, 0, 1 + days)).toISOString().slice(0, 10);

/** The shape's files (path below content/, frontmatter), referring to the base tree's `ids`. */
export function shapeFiles(shape: Shape, flat: boolean, ids: Record<CollectionName, string[]>): [string, Fields][] {
  const size = SHAPES[shape];
  const source = [ids.sources[0]!];
  const jurisdiction = ids.jurisdictions[0]!;
  const files: [string, Fields][] = [];
  if (shape === 'chain') {
    for (let i = 1; i <= size; i++) {
      files.push([
        `positions/shape-position-${i}.mdx`,
        {
          jurisdiction,
          actor: ids.organisations[0],
          stance: 'mixed',
          // One day apart and in order, as a chain must be; all in the past.
          date: day(i),
          summary: JSON.stringify(`Position ${i} of a long chain.`),
          sources: source,
          supersedes: !flat && i > 1 ? `shape-position-${i - 1}` : undefined,
        },
      ]);
    }
  }
  if (shape === 'signatories') {
    const signers = Array.from({ length: size }, (_, i) => `shape-signer-${i + 1}`);
    signers.forEach((id, i) =>
      files.push([`organisations/${id}.mdx`, { name: `Signer ${i + 1}`, kind: 'civil-society', jurisdiction }]),
    );
    files.push([
      'letters/shape-letter.mdx',
      {
        title: JSON.stringify('A letter everyone signed'),
        date: day(9_000),
        signatories: flat ? signers.slice(0, 3) : signers,
        recipients: [ids.organisations[0]!],
        stance: 'opposes',
        jurisdiction,
        summary: JSON.stringify('One letter with very many signatories.'),
        sources: source,
      },
    ]);
  }
  if (shape === 'quotes') {
    files.push(['people/shape-speaker.mdx', { name: 'The Speaker', jurisdiction }]);
    const others = [...ids.people, ...ids.organisations];
    for (let i = 1; i <= size; i++) {
      files.push([
        `quotes/shape-quote-${i}.mdx`,
        {
          text: JSON.stringify(`Quote ${i} about encryption.`),
          speaker: flat ? others[i % others.length] : 'shape-speaker',
          date: day(i % 9_000),
          stance: 'opposes',
          sources: source,
          provenance: 'primary',
        },
      ]);
    }
  }
  return files;
}
