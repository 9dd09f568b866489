/**
 * The shape of the real record, measured so that a grown tree (grow-record.ts) can follow it:
 * how many statements each actor has, how many signatories and recipients each letter, how many
 * sources each statement cites, how long each collection's bodies are and how many links they make,
 * how long quotes and summaries are, and which words the bodies use. Each is kept as the list of
 * observed values, and `sample` draws from that list, so no distribution is assumed.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../src/lib/collections.ts';
import { loadFrontmatterYaml } from '../../src/lib/frontmatter-yaml.ts';

/**
 * The words of a body's prose, lower-cased, of three letters or more. Link targets and components
 * are not what a reader (or Pagefind) reads. "www" is left out: a grown sentence ending in it
 * ("… recorded www.") is a GFM autolink literal to http://www., which the check rightly refuses.
 */
export function proseWords(body: string): string[] {
  const prose = body.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' ');
  return (prose.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => word !== 'www');
}

export interface RecordEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

type PerCollection<T> = Record<CollectionName, T>;

export interface RecordShape {
  counts: PerCollection<number>;
  /** Per person or organisation: the quotes it spoke and the positions it holds (0 for many). */
  statementsPerActor: number[];
  signatoriesPerLetter: number[];
  recipientsPerLetter: number[];
  /** Sources cited per letter, quote and position. */
  sourcesPerEntry: number[];
  /** Characters of Markdown per body, links included, by collection. */
  bodyChars: PerCollection<number[]>;
  /** Links to other entries per body, by collection. */
  linksPerBody: PerCollection<number[]>;
  /** The collection each body link points into, one per link. */
  linkTargets: CollectionName[];
  quoteChars: number[];
  /** Characters of each letter's and position's `summary`. */
  summaryChars: number[];
  /** Characters of each position's `subject` (none in a record from before positions had one). */
  subjectChars: number[];
  /** Share of bodies with a `<Correction>`. */
  correctionShare: number;
  /** Every word of the bodies' prose, repeats kept, so a uniform pick follows their frequencies. */
  words: string[];
}

/** A link to an entry as the record writes it: `[text](/people/josh-earnest/)`. */
const ENTRY_LINK = new RegExp(`\\]\\(/(${COLLECTIONS.join('|')})/[^/)\\s]+/\\)`, 'g');

/** Reads every entry of a content folder (`<dir>/<collection>/<id>.mdx`). */
export async function readRecord(contentDir: string): Promise<RecordEntry[]> {
  const entries: RecordEntry[] = [];
  for (const collection of COLLECTIONS) {
    const folder = path.join(contentDir, collection);
    const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).sort();
    for (const file of files) {
      const text = await readFile(path.join(folder, file), 'utf8');
      entries.push(parseEntryText(collection, file.slice(0, -'.mdx'.length), text));
    }
  }
  return entries;
}

/** One entry's frontmatter and body, as the check reads them (the record passes the check). */
export function parseEntryText(collection: CollectionName, id: string, text: string): RecordEntry {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${collection}/${id}.mdx: no frontmatter`);
  const data = (loadFrontmatterYaml(match[1]!) ?? {}) as Record<string, unknown>;
  return { collection, id, data, body: match[2]! };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const perCollection = <T>(make: () => T): PerCollection<T> =>
  Object.fromEntries(COLLECTIONS.map((c) => [c, make()])) as PerCollection<T>;

export function measureRecord(entries: readonly RecordEntry[]): RecordShape {
  const counts = perCollection(() => 0);
  const bodyChars = perCollection((): number[] => []);
  const linksPerBody = perCollection((): number[] => []);
  const statements = new Map<string, number>();
  const shape = {
    signatoriesPerLetter: [] as number[],
    recipientsPerLetter: [] as number[],
    sourcesPerEntry: [] as number[],
    quoteChars: [] as number[],
    summaryChars: [] as number[],
    subjectChars: [] as number[],
    linkTargets: [] as CollectionName[],
    words: [] as string[],
  };
  let corrections = 0;
  for (const entry of entries) {
    if (entry.collection === 'people' || entry.collection === 'organisations') statements.set(entry.id, 0);
  }
  for (const { collection, data, body } of entries) {
    counts[collection]++;
    const trimmed = body.trim();
    bodyChars[collection].push(trimmed.length);
    const links = [...trimmed.matchAll(ENTRY_LINK)].map((match) => match[1] as CollectionName);
    linksPerBody[collection].push(links.length);
    shape.linkTargets.push(...links);
    if (trimmed.includes('<Correction')) corrections++;
    shape.words.push(...proseWords(trimmed));
    if (collection === 'letters' || collection === 'quotes' || collection === 'positions') {
      shape.sourcesPerEntry.push(list(data.sources).length);
    }
    if (collection === 'letters') {
      shape.signatoriesPerLetter.push(list(data.signatories).length);
      shape.recipientsPerLetter.push(list(data.recipients).length);
    }
    if (typeof data.summary === 'string') shape.summaryChars.push(data.summary.length);
    if (typeof data.subject === 'string') shape.subjectChars.push(data.subject.length);
    if (collection === 'quotes' && typeof data.text === 'string') shape.quoteChars.push(data.text.length);
    const actor = collection === 'quotes' ? data.speaker : collection === 'positions' ? data.actor : undefined;
    if (typeof actor === 'string' && statements.has(actor)) statements.set(actor, statements.get(actor)! + 1);
  }
  return {
    counts,
    statementsPerActor: [...statements.values()],
    bodyChars,
    linksPerBody,
    correctionShare: entries.length ? corrections / entries.length : 0,
    ...shape,
  };
}

/** One of the observed values, drawn uniformly (so the draws follow the observed distribution). */
export function sample<T>(values: readonly T[], next: () => number): T {
  if (values.length === 0) throw new Error('cannot sample from no observations');
  return values[Math.floor(next() * values.length)]!;
}

/**
 * How many entries of each collection to add so that `total` entries keep the record's proportions.
 * The real entries all stay; a collection already past its share gets none; what rounding leaves
 * over goes to the largest collection. `maxNew` caps a collection (jurisdictions: one per region
 * code not yet used), and what it cannot take goes to the largest too.
 */
export function planGrowth(
  counts: PerCollection<number>,
  total: number,
  maxNew: Partial<PerCollection<number>> = {},
): PerCollection<number> {
  const real = COLLECTIONS.reduce((sum, c) => sum + counts[c], 0);
  if (total < real) throw new Error(`the record already has ${real} entries, more than ${total}`);
  const added = perCollection(() => 0);
  for (const c of COLLECTIONS) {
    const wanted = Math.max(0, Math.round((counts[c] / real) * total) - counts[c]);
    added[c] = Math.min(wanted, maxNew[c] ?? Infinity);
  }
  const largest = COLLECTIONS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  const missing = total - real - COLLECTIONS.reduce((sum, c) => sum + added[c], 0);
  // Rounding may overshoot by a few: take them back from the largest collections first.
  if (missing >= 0) added[largest] += missing;
  else {
    let over = -missing;
    for (const c of COLLECTIONS.toSorted((a, b) => added[b] - added[a])) {
      const taken = Math.min(over, added[c]);
      added[c] -= taken;
      over -= taken;
    }
  }
  return added;
}

/**
 * Slots for statements, so that the number each actor gets follows `perActor`: actor i appears as
 * often as a value drawn for it. Dealing the slots out in turn gives each actor as many statements
 * as a record's actor has, with its long tail.
 */
export function weightedPool(actors: readonly string[], perActor: readonly number[], next: () => number): string[] {
  const pool = actors.flatMap((actor) => Array.from({ length: sample(perActor, next) }, () => actor));
  // If every draw was 0 the pool would be empty; every actor may then speak.
  return pool.length ? pool : [...actors];
}

/** The items in a random order (Fisher–Yates), the same for the same generator. */
export function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
