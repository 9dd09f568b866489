/**
 * The "record-shaped" tree: the real `content/` copied as it is and grown to any size with
 * synthetic entries whose shape follows the record's (record-shape.ts): each new actor's number of
 * statements, each letter's signatories and recipients, each statement's sources, each body's
 * length and links, the length of quotes and summaries, and the words of the prose are drawn from
 * what the real record has, with a seeded generator (same seed, same tree). Every reference and
 * body link resolves, so the tree passes `npm run check`.
 *
 *   node scripts/bench/grow-record.ts [--entries 10000] [--seed 1] [--out <folder>] [--from content]
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, type CollectionName } from '../../src/lib/collections.ts';
import {
  dayAfter2000,
  frontmatter,
  type GeneratedTree,
  ORGANISATION_KINDS,
  random,
  regionCodes,
  SOURCE_TYPES,
  STANCES,
} from './generate-content.ts';
import {
  measureRecord,
  planGrowth,
  readRecord,
  type RecordShape,
  sample,
  shuffle,
  weightedPool,
} from './record-shape.ts';

export interface GrowOptions {
  /** Entries in all, the real ones included. */
  entries: number;
  seed?: number;
  /** The real record to start from. */
  from: string;
}

/** Writes `<root>/content`: the record at `from` and the grown entries; returns what it wrote. */
export async function growRecord(root: string, options: GrowOptions): Promise<GeneratedTree & { shape: RecordShape }> {
  const next = random(options.seed ?? 1);
  const record = await readRecord(options.from);
  const shape = measureRecord(record);
  const realIds = (collection: CollectionName) => record.filter((e) => e.collection === collection).map((e) => e.id);
  const usedCodes = new Set(realIds('jurisdictions').map((id) => id.toUpperCase()));
  const freeCodes = regionCodes().filter((code) => !usedCodes.has(code));
  const added = planGrowth(shape.counts, options.entries, { jurisdictions: freeCodes.length });

  const newIds = Object.fromEntries(
    COLLECTIONS.map((c) => [
      c,
      c === 'jurisdictions'
        ? freeCodes.slice(0, added.jurisdictions).map((code) => code.toLowerCase())
        : Array.from({ length: added[c] }, (_, i) => `grown-${c}-${i + 1}`),
    ]),
  ) as Record<CollectionName, string[]>;
  const all = Object.fromEntries(COLLECTIONS.map((c) => [c, [...realIds(c), ...newIds[c]]])) as Record<
    CollectionName,
    string[]
  >;
  const actors = [...all.people, ...all.organisations];
  // New statements go to new actors, each given as many as a number drawn from the record's
  // statements per actor (real actors keep theirs): the drawn numbers make a shuffled pool of
  // slots, positions take organisations' slots (the schema wants an organisation), quotes the
  // rest, each in turn, round again if the slots run out.
  const newActors = [...newIds.people, ...newIds.organisations];
  const slots = shuffle(weightedPool(newActors.length ? newActors : actors, shape.statementsPerActor, next), next);
  const people = new Set(all.people);
  const organisationSlots = slots.filter((id) => !people.has(id));
  const holders = organisationSlots.length ? organisationSlots.slice(0, added.positions) : all.organisations;
  const taken = new Map<string, number>();
  for (const id of holders) taken.set(id, (taken.get(id) ?? 0) + 1);
  const speakers = slots.filter((id) => {
    const left = taken.get(id) ?? 0;
    if (left > 0) taken.set(id, left - 1);
    return left === 0;
  });
  const inTurn = (list: readonly string[]) => {
    let i = 0;
    return () => list[i++ % list.length]!;
  };
  const nextHolder = inTurn(holders);
  const nextSpeaker = inTurn(speakers.length ? speakers : actors);

  const pick = <T>(items: readonly T[]): T => sample(items, next);
  const distinct = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 10; tries++)
      chosen.add(pick(items));
    return [...chosen];
  };
  /** Words of the record's prose, as many as fit in `chars` characters (one at least). */
  const wordList = (chars: number) => {
    const out = [pick(shape.words)];
    for (let length = out[0]!.length; ;) {
      const word = pick(shape.words);
      if (length + 1 + word.length > chars) return out;
      out.push(word);
      length += word.length + 1;
    }
  };
  const words = (chars: number) => {
    const text = wordList(chars).join(' ');
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const quoted = (text: string) => JSON.stringify(text);
  /**
   * A body of the collection's observed length with its observed number of links, in paragraphs of
   * about 400 characters, with a `<Correction>` as often as the record has one.
   */
  const body = (collection: CollectionName): string => {
    const chars = pick(shape.bodyChars[collection]);
    if (chars === 0) return '';
    const links = Array.from({ length: pick(shape.linksPerBody[collection]) }, () => {
      const target = pick(shape.linkTargets);
      return `[${wordList(12).join(' ')}](/${target}/${pick(all[target])}/)`;
    });
    // The drawn length counts the links, as the record's bodies do.
    const linkChars = links.reduce((sum, link) => sum + link.length + 1, 0);
    const tokens = wordList(Math.max(1, chars - linkChars));
    for (const link of links) tokens.splice(Math.floor(next() * (tokens.length + 1)), 0, link);
    tokens[0] = tokens[0]![0]!.toUpperCase() + tokens[0]!.slice(1);
    const paragraphs = [''];
    for (const token of tokens) {
      if (paragraphs.at(-1)!.length > 400) paragraphs.push('');
      paragraphs[paragraphs.length - 1] += paragraphs.at(-1) ? ` ${token}` : token;
    }
    paragraphs[paragraphs.length - 1] += '.';
    if (next() < shape.correctionShare)
      paragraphs.push(
        `<Correction date="${dayAfter2000(9000 + Math.floor(next() * 300))}">${words(120)}.</Correction>`,
      );
    return `\n${paragraphs.join('\n\n')}\n`;
  };

  const files: [string, string][] = [];
  const add = (collection: CollectionName, id: string, fields: Record<string, string | string[] | undefined>) =>
    files.push([`${collection}/${id}.mdx`, frontmatter(fields) + body(collection)]);

  newIds.jurisdictions.forEach((id, i) =>
    add('jurisdictions', id, { name: `Grown jurisdiction ${i + 1}`, code: id.toUpperCase(), kind: 'country' }),
  );
  newIds.organisations.forEach((id, i) =>
    add('organisations', id, {
      name: quoted(`Grown organisation ${i + 1}`),
      kind: pick(ORGANISATION_KINDS),
      jurisdiction: next() < 0.7 ? pick(all.jurisdictions) : undefined,
    }),
  );
  newIds.people.forEach((id, i) => {
    const roles = `\n  - title: ${words(25)}\n    organisation: ${pick(all.organisations)}`;
    add('people', id, { name: `Grown Person ${i + 1}`, roles, jurisdiction: pick(all.jurisdictions) });
  });
  newIds.sources.forEach((id, i) =>
    add('sources', id, {
      title: quoted(words(70)),
      publisher: `Publisher ${1 + Math.floor(next() * 200)}`,
      url: `https://news.example.org/grown/${i + 1}`,
      published: dayAfter2000(Math.floor(next() * 9500)),
      type: pick(SOURCE_TYPES),
      accessed: '2026-12-02',
    }),
  );
  newIds.letters.forEach((id) =>
    add('letters', id, {
      title: quoted(words(80)),
      date: dayAfter2000(Math.floor(next() * 9500)),
      signatories: distinct(actors, pick(shape.signatoriesPerLetter)),
      recipients: distinct(actors, pick(shape.recipientsPerLetter)),
      stance: pick(STANCES),
      jurisdiction: pick(all.jurisdictions),
      summary: quoted(`${words(pick(shape.summaryChars) - 1)}.`),
      sources: distinct(all.sources, pick(shape.sourcesPerEntry)),
      topics: ['encryption'],
    }),
  );
  newIds.quotes.forEach((id) =>
    add('quotes', id, {
      text: quoted(words(pick(shape.quoteChars))),
      speaker: nextSpeaker(),
      date: dayAfter2000(Math.floor(next() * 9500)),
      stance: pick(STANCES),
      jurisdiction: pick(all.jurisdictions),
      provenance: pick(['primary', 'reported']),
      sources: distinct(all.sources, pick(shape.sourcesPerEntry)),
    }),
  );
  // One body's positions in one jurisdiction form a chain (the check's rule), dated in order, each
  // superseding the one before it.
  const latest = new Map<string, { id: string; day: number }>();
  newIds.positions.forEach((id) => {
    const jurisdiction = pick(all.jurisdictions);
    const actor = nextHolder();
    const previous = latest.get(`${jurisdiction}/${actor}`);
    const day = (previous?.day ?? 0) + 1 + Math.floor(next() * 60);
    latest.set(`${jurisdiction}/${actor}`, { id, day });
    add('positions', id, {
      jurisdiction,
      actor,
      subject: shape.subjectChars.length ? quoted(words(pick(shape.subjectChars)).toLowerCase()) : undefined,
      stance: pick(STANCES),
      date: dayAfter2000(day),
      summary: quoted(`${words(pick(shape.summaryChars) - 1)}.`),
      sources: distinct(all.sources, pick(shape.sourcesPerEntry)),
      supersedes: previous?.id,
    });
  });

  const contentDir = path.join(root, 'content');
  await cp(options.from, contentDir, { recursive: true });
  for (const collection of COLLECTIONS) await mkdir(path.join(contentDir, collection), { recursive: true });
  // In batches: 10,000 files at once would exhaust file handles on some machines.
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map(([file, text]) => writeFile(path.join(contentDir, file), text)));
  }
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, all[c].length])) as Record<CollectionName, number>;
  return { contentDir, counts, total: record.length + files.length, shape };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      from: { type: 'string', default: 'content' },
    },
  });
  const root = values.out ? path.resolve(values.out) : await mkdtemp(path.join(tmpdir(), 'ept-record-'));
  const tree = await growRecord(root, {
    entries: Number(values.entries),
    seed: Number(values.seed),
    from: path.resolve(values.from),
  });
  console.log(`${tree.total} entries written to ${tree.contentDir}`);
  console.log(root);
}
