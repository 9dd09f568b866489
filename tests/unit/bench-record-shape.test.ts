/**
 * The bench's record-shaped trees (scripts/bench/record-shape.ts): what is measured from a record,
 * how values are drawn from what was measured, how a tree is planned to grow, and how the bench
 * names the kinds of page it times and writes Starlight's docs pages. No timings here.
 */
import { describe, expect, it } from 'vitest';
import { random } from '../../scripts/bench/generate-content.ts';
import { pageKind, pageKindTimes } from '../../scripts/bench/page-kinds.ts';
import {
  measureRecord,
  parseEntryText,
  planGrowth,
  proseWords,
  type RecordEntry,
  sample,
  shuffle,
  weightedPool,
} from '../../scripts/bench/record-shape.ts';
import { toDocsPage } from '../../scripts/bench/starlight-project.ts';

const entry = (collection: RecordEntry['collection'], id: string, data: Record<string, unknown>, body = '') => ({
  collection,
  id,
  data,
  body,
});

const RECORD: RecordEntry[] = [
  entry('people', 'ann', { name: 'Ann' }),
  entry('people', 'bob', { name: 'Bob' }, 'Bob never spoke.'),
  entry('organisations', 'org', { name: 'Org', kind: 'company' }),
  entry('quotes', 'q1', { text: 'Twelve chars', speaker: 'ann', sources: ['s1'] }, 'See [Ann](/people/ann/).'),
  entry('quotes', 'q2', { text: 'Four', speaker: 'ann', sources: ['s1', 's2'] }),
  entry(
    'positions',
    'p1',
    { actor: 'org', subject: 'six ch', summary: 'Sixteen chars ok', sources: ['s2'] },
    '[Org](/organisations/org/) and [a letter](/letters/l1/), not [a site](https://example.org/).\n\n<Correction date="2026-12-01">Fixed.</Correction>',
  ),
  entry('letters', 'l1', {
    signatories: ['ann', 'bob', 'org'],
    recipients: ['org'],
    summary: 'Five.',
    sources: ['s1', 's2', 's3'],
  }),
  entry('sources', 's1', { title: 'A source' }),
];

describe('measureRecord', () => {
  const shape = measureRecord(RECORD);

  it('counts the entries of each collection', () => {
    expect(shape.counts).toEqual({
      letters: 1,
      quotes: 2,
      positions: 1,
      people: 2,
      organisations: 1,
      jurisdictions: 0,
      sources: 1,
    });
  });

  it("counts each actor's quotes and positions, an actor with none as 0", () => {
    expect(shape.statementsPerActor.toSorted((a, b) => a - b)).toEqual([0, 1, 2]);
  });

  it("takes each letter's signatories and recipients, and each statement's sources", () => {
    expect(shape.signatoriesPerLetter).toEqual([3]);
    expect(shape.recipientsPerLetter).toEqual([1]);
    expect(shape.sourcesPerEntry.toSorted((a, b) => a - b)).toEqual([1, 1, 2, 3]);
  });

  it('counts links to entries only, where they point, and body lengths by collection', () => {
    expect(shape.linksPerBody.positions).toEqual([2]);
    expect(shape.linksPerBody.quotes).toEqual([1, 0]);
    expect(shape.linkTargets).toEqual(['people', 'organisations', 'letters']);
    expect(shape.bodyChars.people).toEqual([0, 'Bob never spoke.'.length]);
  });

  it('measures quotes, summaries, corrections and the words of the prose', () => {
    expect(shape.quoteChars).toEqual([12, 4]);
    expect(shape.summaryChars.toSorted((a, b) => a - b)).toEqual([5, 16]);
    expect(shape.subjectChars).toEqual([6]);
    expect(shape.correctionShare).toBeCloseTo(1 / RECORD.length);
    // Link targets and components are not prose; words of fewer than three letters are left out.
    expect(shape.words).toContain('never');
    expect(shape.words).not.toContain('people');
    expect(shape.words).not.toContain('correction');
  });
});

describe('proseWords', () => {
  it('keeps words of three letters or more, lower-cased, and leaves out link targets, components and "www"', () => {
    expect(
      proseWords('The [EFF](/organisations/eff/) said so at www.eff.org. <Correction>Fixed</Correction> Go.'),
    ).toEqual(['the', 'eff', 'said', 'eff', 'org', 'fixed']);
  });
});

describe('parseEntryText', () => {
  it('reads the frontmatter as YAML and keeps the body', () => {
    const parsed = parseEntryText('quotes', 'q', '---\ntext: "Hi: there"\nsources: [a, b]\n---\nBody.\n');
    expect(parsed.data).toEqual({ text: 'Hi: there', sources: ['a', 'b'] });
    expect(parsed.body).toBe('Body.\n');
  });

  it('names the file when there is no frontmatter', () => {
    expect(() => parseEntryText('quotes', 'q', 'no fence')).toThrow('quotes/q.mdx');
  });
});

describe('sample', () => {
  it('draws only observed values, as often as they were observed, the same for the same seed', () => {
    const observed = [1, 1, 1, 7];
    const draws = Array.from(
      { length: 20_000 },
      (
        (next) => () =>
          sample(observed, next)
      )(random(3)),
    );
    expect(new Set(draws)).toEqual(new Set([1, 7]));
    expect(draws.filter((d) => d === 1).length / draws.length).toBeCloseTo(0.75, 1);
    const again = Array.from(
      { length: 20_000 },
      (
        (next) => () =>
          sample(observed, next)
      )(random(3)),
    );
    expect(again).toEqual(draws);
  });

  it('refuses to draw from nothing', () => {
    expect(() => sample([], random(1))).toThrow('no observations');
  });
});

describe('planGrowth', () => {
  const counts = {
    letters: 10,
    quotes: 40,
    positions: 20,
    people: 10,
    organisations: 10,
    jurisdictions: 5,
    sources: 5,
  };

  it('adds entries in the record’s proportions up to the total', () => {
    const added = planGrowth(counts, 1_000);
    expect(Object.values(added).reduce((a, b) => a + b, 0)).toBe(900);
    expect(added.quotes + counts.quotes).toBe(400);
    expect(added.jurisdictions + counts.jurisdictions).toBe(50);
  });

  it('caps a collection and gives what it cannot take to the largest', () => {
    const added = planGrowth(counts, 1_000, { jurisdictions: 3 });
    expect(added.jurisdictions).toBe(3);
    expect(added.quotes).toBe(360 + 42);
  });

  it('refuses a total smaller than the record', () => {
    expect(() => planGrowth(counts, 50)).toThrow('already has 100 entries');
  });
});

describe('weightedPool', () => {
  it('holds each actor as many times as a value drawn for it', () => {
    const pool = weightedPool(['a', 'b', 'c'], [2], random(1));
    expect(pool.toSorted()).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
  });

  it('lets every actor speak when every draw was 0', () => {
    expect(weightedPool(['a', 'b'], [0], random(1))).toEqual(['a', 'b']);
  });
});

describe('shuffle', () => {
  it('reorders the items, the same way for the same seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = shuffle(items, random(5));
    expect(shuffled).not.toEqual(items);
    expect(shuffled.toSorted((a, b) => a - b)).toEqual(items);
    expect(shuffle(items, random(5))).toEqual(shuffled);
  });
});

describe('page kinds', () => {
  it.each([
    ['/quotes/some-quote/index.html', 'entry pages: quotes'],
    ['/people/ann/index.html', 'actor pages (people, organisations)'],
    ['/organisations/org/index.html', 'actor pages (people, organisations)'],
    ['/letters/signatories/index.html', 'other pages'],
    ['/letters/index.html', 'collection lists'],
    ['/quotes/page/2/index.html', 'collection lists'],
    ['/timeline/index.html', 'timeline, whole and by kind and stance'],
    ['/timeline/in/nl/letters/index.html', 'timeline by jurisdiction'],
    ['/timeline/by/ann/index.html', 'timeline by actor'],
    ['/feeds/people/ann.xml/', 'feeds'],
    ['/data/quotes.csv/', 'open data'],
    ['/search/values/actor.json', 'search page and its values'],
    ['/index.html', 'other pages'],
  ])('%s is %s', (route, kind) => {
    expect(pageKind(route)).toBe(kind);
  });

  it("sums Astro's per-page times by kind, lines run together and seconds included", () => {
    const log = [
      '15:18:18   ├─ /404.html15:18:18   ├─ /quotes/a/index.html15:18:18   ├─ /quotes/b/index.html (+74ms) ',
      '15:18:18   ├─ /feeds/all.xml/ (+1.5s) ',
      '15:18:18   └─ /quotes/c/index.html (+6ms) ',
    ].join('\n');
    expect(pageKindTimes(log)).toEqual([
      { kind: 'feeds', pages: 1, ms: 1500 },
      { kind: 'entry pages: quotes', pages: 3, ms: 80 },
      { kind: 'other pages', pages: 1, ms: 0 },
    ]);
  });
});

describe("Starlight's docs pages", () => {
  it('keep only a title and, from a summary, a description', () => {
    const text =
      '---\ntitle: "A letter: to whom"\ndate: 2020-01-02\nsignatories: [a, b]\nsummary: "Asked for \\"access\\"."\n---\n\nBody [a](/people/a/).\n';
    expect(toDocsPage('letters', 'l', text)).toBe(
      '---\ntitle: "A letter: to whom"\ndescription: "Asked for \\"access\\"."\n---\n\nBody [a](/people/a/).\n',
    );
  });

  it('title an actor by its name and a quote by its id, and import <Correction> where it is used', () => {
    expect(toDocsPage('people', 'ann', '---\nname: Ann\nroles:\n  - title: Minister\n---\nHi.\n')).toBe(
      '---\ntitle: "Ann"\n---\nHi.\n',
    );
    const quote = toDocsPage('quotes', 'q-1', '---\ntext: "x"\n---\nA<Correction date="2026-01-01">B</Correction>\n');
    expect(quote).toBe(
      '---\ntitle: "q-1"\n---\nimport Correction from \'../../../components/Correction.astro\';\nA<Correction date="2026-01-01">B</Correction>\n',
    );
  });
});
