/**
 * Writes a synthetic, valid content tree of any size, the same for the same seed, for timing the
 * check and the build. Every collection is present, every reference and body link resolves, and
 * positions form a `supersedes` chain per body in each jurisdiction, so the tree exercises every check.
 *
 *   node scripts/bench/generate-content.ts [--entries 10000] [--seed 1] [--out <folder>]
 *
 * writes <folder>/content/ (default: a fresh folder in the system temp dir) and prints the folder.
 * Other scripts import `generateContent`.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CollectionName } from '../../src/lib/collections.ts';
import { shapeFiles, type Shape } from './content-shapes.ts';
import { CONTENT_DIR } from '../../src/lib/content-files.ts';

export interface GenerateOptions {
  /** How many entries in all (at least 7: one per collection). */
  entries: number;
  /** Same seed, same tree. */
  seed?: number;
  /**
   * Extra files on top of the tree, in one of the shapes that once made the check or the build
   * superlinear (content-shapes.ts); `flat` writes the same files without the shape, to compare.
   */
  shape?: { name: Shape; flat: boolean };
}

export interface GeneratedTree {
  /** The content folder that was written. */
  contentDir: string;
  counts: Record<CollectionName, number>;
  total: number;
}

/** Small, fast, deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every ISO 3166-1 alpha-2 code the runtime knows (as the schema does), sorted. */
export function regionCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (/^(AA|Q[M-Z]|X[A-Z]|ZZ|UK|EU)$/.test(code)) continue;
      const name = names.of(code);
      if (name && name !== code && name !== 'Unknown Region') codes.push(code);
    }
  }
  return codes;
}

const WORDS = (
  'encryption policy government agency access lawful data providers security privacy minister ' +
  'letter statement report court legislation proposal debate warrant device message service users ' +
  'industry experts coalition parliament review national public interest technical exceptional'
).split(' ');

export const STANCES = ['opposes', 'supports', 'undecided', 'mixed'] as const;
export const ORGANISATION_KINDS = [
  'government',
  'agency',
  'legislature',
  'court',
  'company',
  'trade-association',
  'civil-society',
  'academic',
  'media',
  'intergovernmental',
] as const;
export const SOURCE_TYPES = [
  'news',
  'letter',
  'press-release',
  'transcript',
  'report',
  'legislation',
  'statement',
  'other',
] as const;

/** Splits `total` entries over the collections in roughly the proportions of a real record. */
function plan(total: number, maxJurisdictions: number): Record<CollectionName, number> {
  if (total < 7) throw new Error('generateContent needs at least 7 entries, one per collection');
  const jurisdictions = Math.max(1, Math.min(maxJurisdictions, Math.round(total * 0.01)));
  const share = (fraction: number) => Math.max(1, Math.round(total * fraction));
  const counts = {
    jurisdictions,
    organisations: share(0.1),
    people: share(0.15),
    sources: share(0.25),
    letters: share(0.05),
    quotes: share(0.35),
    positions: 0,
  };
  counts.positions = total - Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (counts.positions < 1) throw new Error(`cannot split ${total} entries over seven collections`);
  return counts;
}

/** A date `days` after 2000-01-01, so every generated date is valid and in the past. */
export function dayAfter2000(days: number): string {
  return new Date(Date.UTC(2000, 0, 1 + days)).toISOString().slice(0, 10);
}

export function frontmatter(fields: Record<string, string | string[] | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined && (!Array.isArray(value) || value.length > 0))
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Writes the tree under `<root>/content` and returns what it wrote. */
export async function generateContent(root: string, options: GenerateOptions): Promise<GeneratedTree> {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(items)))];
  };
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return text[0]!.toUpperCase() + text.slice(1);
  };

  const codes = regionCodes();
  const counts = plan(options.entries, codes.length);
  const ids = {
    jurisdictions: codes.slice(0, counts.jurisdictions).map((code) => code.toLowerCase()),
    organisations: Array.from({ length: counts.organisations }, (_, i) => `organisation-${i + 1}`),
    people: Array.from({ length: counts.people }, (_, i) => `person-${i + 1}`),
    sources: Array.from({ length: counts.sources }, (_, i) => `source-${i + 1}`),
    letters: Array.from({ length: counts.letters }, (_, i) => `letter-${i + 1}`),
    quotes: Array.from({ length: counts.quotes }, (_, i) => `quote-${i + 1}`),
    positions: [] as string[],
  } satisfies Record<CollectionName, string[]>;
  const actors = [...ids.people, ...ids.organisations];

  /**
   * A Markdown body shaped like the real record's (content/, late 2026): letters and positions have
   * three or four paragraphs of background, other entries one; most sources and jurisdictions link
   * nowhere, everything else links to other entries; one body in twenty carries a correction.
   */
  const paragraph = (linked: boolean) => {
    if (!linked) return `${sentence(14)}, *${sentence(2).toLowerCase()}*. ${sentence(16)}.`;
    const collection = pick(['people', 'organisations', 'sources', 'letters', 'quotes'] as const);
    return `${sentence(12)} [${sentence(3)}](/${collection}/${pick(ids[collection])}/) ${sentence(10).toLowerCase()}.\n${sentence(14)}, *${sentence(2).toLowerCase()}*.`;
  };
  const body = (collection: CollectionName): string => {
    const long = collection === 'letters' || collection === 'positions';
    const linkShare = collection === 'sources' ? 0.25 : collection === 'jurisdictions' ? 0.35 : 1;
    const paragraphs = Array.from({ length: long ? 3 + Math.floor(next() * 2) : 1 }, () =>
      paragraph(next() < linkShare),
    );
    if (next() < 0.05)
      paragraphs.push(
        `<Correction date="${dayAfter2000(8000 + Math.floor(next() * 500))}">${sentence(8)}.</Correction>`,
      );
    return `\n${paragraphs.join('\n\n')}\n`;
  };

  const files: [string, string][] = [];
  const add = (collection: CollectionName, id: string, fields: Record<string, string | string[] | undefined>) =>
    files.push([`${collection}/${id}.mdx`, frontmatter(fields) + body(collection)]);

  ids.jurisdictions.forEach((id, i) =>
    add('jurisdictions', id, { name: `Jurisdiction ${i + 1}`, code: id.toUpperCase(), kind: 'country' }),
  );
  ids.organisations.forEach((id, i) =>
    add('organisations', id, {
      name: `Organisation ${i + 1}`,
      kind: pick(ORGANISATION_KINDS),
      jurisdiction: pick(ids.jurisdictions),
      // Parents and members point at earlier organisations, so the graph has depth but no cycles to worry about.
      parent: i > 0 && next() < 0.3 ? ids.organisations[Math.floor(next() * i)] : undefined,
      members: i > 0 && next() < 0.1 ? some(ids.organisations.slice(0, i), 1, 3) : undefined,
      website: `https://organisation-${i + 1}.example.org/`,
    }),
  );
  ids.people.forEach((id, i) => {
    const from = Math.floor(next() * 5000);
    // A YAML block list, written out by hand: the one nested field.
    const roles = `\n  - title: ${sentence(2)}\n    organisation: ${pick(ids.organisations)}\n    from: ${dayAfter2000(from)}\n    to: ${dayAfter2000(from + 400)}`;
    add('people', id, {
      name: `Person ${i + 1}`,
      roles,
      jurisdiction: pick(ids.jurisdictions),
      wikidata: `Q${1000 + i}`,
    });
  });
  ids.sources.forEach((id, i) =>
    add('sources', id, {
      title: JSON.stringify(sentence(6)),
      publisher: `Publisher ${1 + Math.floor(next() * 50)}`,
      url: `https://news.example.org/${i + 1}`,
      published: dayAfter2000(Math.floor(next() * 9000)),
      type: pick(SOURCE_TYPES),
      authors: next() < 0.5 ? [`Author ${i + 1}`] : undefined,
    }),
  );
  ids.letters.forEach((id) =>
    add('letters', id, {
      title: JSON.stringify(sentence(7)),
      date: dayAfter2000(Math.floor(next() * 9000)),
      signatories: some(actors, 1, 6),
      recipients: some(actors, 1, 2),
      stance: pick(STANCES),
      jurisdiction: pick(ids.jurisdictions),
      summary: JSON.stringify(`${sentence(25)}.`),
      sources: some(ids.sources, 1, 3),
      topics: ['encryption'],
    }),
  );
  ids.quotes.forEach((id) =>
    add('quotes', id, {
      text: JSON.stringify(sentence(15)),
      speaker: pick(actors),
      date: dayAfter2000(Math.floor(next() * 9000)),
      stance: pick(STANCES),
      sources: some(ids.sources, 1, 2),
      letter: next() < 0.1 ? pick(ids.letters) : undefined,
      provenance: pick(['primary', 'reported']),
      jurisdiction: pick(ids.jurisdictions),
      context: next() < 0.5 ? JSON.stringify(sentence(6)) : undefined,
    }),
  );
  // Positions: each body's in a jurisdiction are dated in order and each supersedes the one before
  // it (a chain never crosses bodies, as the check requires).
  const latest = new Map<string, { id: string; day: number }>();
  for (let i = 0; i < counts.positions; i++) {
    const jurisdiction = ids.jurisdictions[i % ids.jurisdictions.length]!;
    const actor = pick(ids.organisations);
    const previous = latest.get(`${jurisdiction}/${actor}`);
    const day = (previous?.day ?? 0) + 1 + Math.floor(next() * 60);
    const id = `position-${i + 1}`;
    ids.positions.push(id);
    latest.set(`${jurisdiction}/${actor}`, { id, day });
    add('positions', id, {
      jurisdiction,
      actor,
      subject: JSON.stringify(sentence(4).toLowerCase()),
      stance: pick(STANCES),
      date: dayAfter2000(day),
      summary: JSON.stringify(`${sentence(20)}.`),
      sources: some(ids.sources, 1, 2),
      quotes: next() < 0.3 ? some(ids.quotes, 1, 2) : undefined,
      letters: next() < 0.2 ? [pick(ids.letters)] : undefined,
      supersedes: previous?.id,
    });
  }

  if (options.shape) {
    for (const [file, fields] of shapeFiles(options.shape.name, options.shape.flat, ids)) {
      const collection = file.split('/')[0] as CollectionName;
      files.push([file, frontmatter(fields) + body(collection)]);
    }
  }

  const contentDir = path.join(root, CONTENT_DIR);
  for (const collection of Object.keys(counts)) await mkdir(path.join(contentDir, collection), { recursive: true });
  // Write in batches: 10,000 files at once would exhaust file handles on some machines.
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map(([file, text]) => writeFile(path.join(contentDir, file), text)));
  }
  return { contentDir, counts, total: files.length };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const root = values.out ? path.resolve(values.out) : await mkdtemp(path.join(tmpdir(), 'ept-content-'));
  const tree = await generateContent(root, { entries: Number(values.entries), seed: Number(values.seed) });
  console.log(`${tree.total} entries written to ${tree.contentDir}`);
  console.log(root);
}
