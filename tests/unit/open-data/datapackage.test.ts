import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../../src/lib/collections.ts';
import { csvColumns } from '../../../src/lib/open-data/csv.ts';
import { DATA_FILES, dataPackage, tableSchema } from '../../../src/lib/open-data/datapackage.ts';
import { collectionJsonSchema } from '../../../src/lib/open-data/json-schemas.ts';

const schemas = Object.fromEntries(
  COLLECTIONS.map((collection) => [collection, collectionJsonSchema(collection, `${collection}.schema.json`)]),
) as Record<CollectionName, ReturnType<typeof collectionJsonSchema>>;

describe('tableSchema', () => {
  it("has the CSV's columns in order, lists typed as JSON arrays, and required fields and vocabularies as constraints", () => {
    const letters = tableSchema('letters', schemas.letters);
    expect(letters.fields.map((field) => field.name)).toEqual(csvColumns('letters'));
    const field = (name: string) => letters.fields.find((candidate) => candidate.name === name)!;
    expect(field('signatories').type).toBe('array');
    expect(field('title').type).toBe('string');
    // A reported count is a JSON object in its cell ({"min":143,"max":150}), and optional.
    expect(field('signatories_reported').type).toBe('object');
    expect(field('signatories_reported').constraints).toBeUndefined();
    expect(field('title').constraints?.required).toBe(true);
    expect(field('topics').constraints?.required).toBeUndefined();
    expect(field('stance').constraints?.enum).toEqual(['opposes', 'supports', 'undecided', 'mixed']);
    expect(field('page').format).toBe('uri');
    expect(letters.primaryKey).toBe('id');
  });

  it("gives a position's subject as a required column", () => {
    const subject = tableSchema('positions', schemas.positions).fields.find((field) => field.name === 'subject');
    expect(subject).toMatchObject({ type: 'string', constraints: { required: true } });
  });

  it("ends a source's columns with its archived copy, a required URI", () => {
    const sources = tableSchema('sources', schemas.sources);
    const archive = sources.fields.at(-1)!;
    expect(archive).toMatchObject({ name: 'archive', type: 'string', format: 'uri', constraints: { required: true } });
    expect(archive.description).toContain('Wayback Machine');
  });
});

describe('dataPackage', () => {
  const descriptor = dataPackage({
    title: 'T',
    description: 'D',
    homepage: 'https://example.org/data/',
    created: '2026-01-02T03:04:05.000Z',
    schemas,
  });

  it('describes each collection as a CSV and a JSON resource, and the whole record, with valid names', () => {
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      [DATA_FILES.record, ...COLLECTIONS.flatMap((c) => [DATA_FILES.csv(c), DATA_FILES.json(c)])].sort(),
    );
    for (const resource of descriptor.resources) expect(resource.name).toMatch(/^[-a-z0-9._/]+$/);
  });

  it('names the licence', () => {
    expect(descriptor.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: expect.stringContaining('Attribution'),
      },
    ]);
  });
});
