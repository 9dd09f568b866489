/**
 * The bench's record-shaped tree (scripts/bench/grow-record.ts), grown from the valid fixture: the
 * record stays as it is, the tree reaches the size asked, passes the content check, follows the
 * measured shape, and is the same for the same seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growRecord } from '../../scripts/bench/grow-record.ts';
import { measureRecord, parseEntryText, type RecordShape } from '../../scripts/bench/record-shape.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { FIXTURES } from '../helpers/fixture-site.ts';

const FROM = path.join(FIXTURES, 'valid/content');
const ENTRIES = 300;

/** Every file of a content tree, by its path inside the tree. */
function treeFiles(contentDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    for (const file of readdirSync(path.join(contentDir, collection)))
      files.set(`${collection}/${file}`, readFileSync(path.join(contentDir, collection, file), 'utf8'));
  }
  return files;
}

const grown = (files: Map<string, string>) =>
  [...files].filter(([file]) => path.basename(file).startsWith('grown-') || file.startsWith('jurisdictions/'));

describe('growRecord', () => {
  const roots: string[] = [];
  let tree: Map<string, string>;
  let shape: RecordShape;
  let root: string;

  const grow = async (seed: number) => {
    const folder = await mkdtemp(path.join(tmpdir(), 'ept-grow-'));
    roots.push(folder);
    const result = await growRecord(folder, { entries: ENTRIES, seed, from: FROM });
    return { folder, result, files: treeFiles(result.contentDir) };
  };

  beforeAll(async () => {
    const first = await grow(1);
    root = first.folder;
    tree = first.files;
    shape = first.result.shape;
    expect(first.result.total).toBe(ENTRIES);
  });
  afterAll(async () => {
    for (const folder of roots) await rm(folder, { recursive: true, force: true });
  });

  it('keeps every entry of the record as it is and reaches the size asked', () => {
    const record = treeFiles(FROM);
    for (const [file, text] of record) expect(tree.get(file), file).toBe(text);
    expect(tree.size).toBe(ENTRIES);
  });

  it('writes a tree the content check passes', async () => {
    const { problems, entries } = await checkContent(root, 'content');
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(ENTRIES);
  });

  it("draws each grown letter's signatories and each statement's sources and links from the record's", () => {
    const entries = grown(tree).map(([file, text]) => {
      const collection = file.split('/')[0] as (typeof COLLECTIONS)[number];
      return parseEntryText(collection, path.basename(file, '.mdx'), text);
    });
    const letters = entries.filter((e) => e.collection === 'letters');
    expect(letters.length).toBeGreaterThan(0);
    const grownShape = measureRecord(entries);
    for (const n of grownShape.signatoriesPerLetter) expect(shape.signatoriesPerLetter).toContain(n);
    for (const n of grownShape.sourcesPerEntry) expect(shape.sourcesPerEntry).toContain(n);
    for (const collection of COLLECTIONS) {
      const observed = new Set(shape.linksPerBody[collection]);
      for (const n of grownShape.linksPerBody[collection]) expect(observed.has(n), collection).toBe(true);
    }
    for (const target of grownShape.linkTargets) expect(shape.linkTargets).toContain(target);
  });

  it("keeps each grown body and summary within the longest of the record's", () => {
    for (const [file, text] of grown(tree)) {
      const collection = file.split('/')[0] as (typeof COLLECTIONS)[number];
      const { body, data } = parseEntryText(collection, path.basename(file, '.mdx'), text);
      if (typeof data.summary === 'string')
        expect(data.summary.length, file).toBeLessThanOrEqual(Math.max(...shape.summaryChars));
      if (body.includes('<Correction')) continue;
      // The drawn length, and a full stop and paragraph breaks.
      expect(body.trim().length, file).toBeLessThanOrEqual(Math.max(...shape.bodyChars[collection]) + 40);
    }
  });

  it('writes the same tree for the same seed and another for another', async () => {
    const again = await grow(1);
    expect(again.files).toEqual(tree);
    const other = await grow(2);
    expect(other.files).not.toEqual(tree);
  });
});
