/**
 * References are declared where the field is: a field written with `ref`, `refs` or `actorRef` in a
 * schema is checked, drawn as an edge and keyed in the open data with no other line of code. The
 * list below pins which fields the real schemas mark, so a marker dropped by mistake is noticed.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import type { RelationalEntry } from '../../src/lib/check/relational-entry.ts';
import { relationProblems } from '../../src/lib/check/relations.ts';
import { buildEntryGraph, type GraphInput } from '../../src/lib/graph.ts';
import { foreignKeys } from '../../src/lib/open-data/datapackage.ts';
import { REFERENCE_FIELDS, referenceFields, referencesIn } from '../../src/lib/references.ts';
import { actorRef, ref, schemas } from '../../src/lib/schemas.ts';

describe('the reference fields the schemas mark', () => {
  it('are exactly these, with their targets, in schema order, translators last', () => {
    const table = Object.fromEntries(
      COLLECTIONS.map((collection) => [
        collection,
        REFERENCE_FIELDS[collection].map(({ field, target }) => `${field} → ${target}`),
      ]),
    );
    expect(table).toEqual({
      letters: ['signatories → actors', 'recipients → actors', 'jurisdiction → jurisdictions', 'sources → sources'],
      quotes: [
        'speaker → actors',
        'sources → sources',
        'letter → letters',
        'jurisdiction → jurisdictions',
        'translation.by → sources',
        'translated_by → sources',
      ],
      positions: [
        'jurisdiction → jurisdictions',
        'actor → organisations',
        'sources → sources',
        'quotes → quotes',
        'letters → letters',
        'supersedes → positions',
      ],
      people: ['roles.organisation → organisations', 'jurisdiction → jurisdictions'],
      organisations: ['jurisdiction → jurisdictions', 'parent → organisations', 'members → organisations'],
      jurisdictions: [],
      sources: [],
    });
  });

  it('find ids however deep, with the path to each, and skip keywords and what is not text', () => {
    const people = referencesIn(REFERENCE_FIELDS.people, {
      roles: [{ title: 'A' }, { title: 'B', organisation: 'ministry' }, null],
      jurisdiction: 42,
    });
    expect(people.map(({ reference, path, id }) => ({ field: reference.field, path, id }))).toEqual([
      { field: 'roles.organisation', path: ['roles', 1, 'organisation'], id: 'ministry' },
    ]);
    const quotes = referencesIn(REFERENCE_FIELDS.quotes, {
      translation: { text: 'x', by: 'source' },
      translated_by: 'a-translator',
      speaker: 'minister',
      sources: ['report', 7],
    });
    expect(quotes.map(({ path, id }) => [path.join('.'), id])).toEqual([
      ['speaker', 'minister'],
      ['sources.0', 'report'],
      ['translated_by', 'a-translator'],
    ]);
  });
});

describe('a reference field added to a copy of a schema', () => {
  // A source naming who reviewed it, and notes each by a person or organisation.
  const copy = schemas.sources.extend({
    reviewer: ref('people', 'Sources reviewed').optional(),
    notes: z.array(z.strictObject({ text: z.string(), by: actorRef('Notes on sources') })).optional(),
  });
  const references = { ...REFERENCE_FIELDS, sources: referenceFields(copy) };
  const sourceData = {
    title: 'A report',
    publisher: 'A paper',
    url: 'https://example.org/r',
    published: '2020-01-01',
    type: 'news',
  };

  function relational(data: Record<string, unknown>): RelationalEntry[] {
    const entry = (collection: RelationalEntry['collection'], id: string, fields: Record<string, unknown>) => ({
      file: `content/${collection}/${id}.mdx`,
      collection,
      id,
      data: fields,
      bodyLinks: [],
      lineOf: (path: readonly PropertyKey[]) => path.length,
    });
    return [
      entry('people', 'reader', { name: 'A Reader' }),
      entry('organisations', 'group', { name: 'A Group', kind: 'civil-society' }),
      entry('sources', 'report', { ...sourceData, ...data }),
    ];
  }

  it('is checked: an unknown id is refused at its field, a known one accepted', () => {
    const data = {
      reviewer: 'ghost',
      notes: [
        { text: 'ok', by: 'group' },
        { text: 'no', by: 'nobody' },
      ],
    };
    const problems = relationProblems(relational(data), references);
    expect(problems.map(({ field, line, message }) => ({ field, line, message }))).toEqual([
      { field: 'reviewer', line: 1, message: '"ghost" does not exist in people' },
      { field: 'notes.by', line: 3, message: '"nobody" does not exist as a person or organisation' },
    ]);
    expect(
      relationProblems(relational({ reviewer: 'reader', notes: [{ text: 'ok', by: 'group' }] }), references),
    ).toEqual([]);
    // Without the marked copy the same fields are plain text: nothing is refused.
    expect(relationProblems(relational(data))).toEqual([]);
  });

  it('is drawn as an edge, with the label its mark gives', () => {
    const inputs = relational({ reviewer: 'reader', notes: [{ text: 'ok', by: 'group' }] }).map(
      ({ collection, id, data }) => ({ collection, id, data, bodyLinks: [] }) as unknown as GraphInput,
    );
    const graph = buildEntryGraph(inputs, references);
    expect(graph.outgoing('sources/report')).toEqual([
      { from: 'sources/report', to: 'people/reader', field: 'reviewer' },
      { from: 'sources/report', to: 'organisations/group', field: 'notes.by' },
    ]);
    expect(graph.backlinkGroups('people/reader')).toEqual([
      {
        collection: 'sources',
        groups: [{ field: 'reviewer', label: 'Sources reviewed', entries: [graph.get('sources', 'report')] }],
      },
    ]);
    expect(buildEntryGraph(inputs).outgoing('sources/report')).toEqual([]);
  });

  it('becomes a foreign key of the open data when it holds one id of one collection', () => {
    expect(foreignKeys('sources', references.sources)).toEqual([
      { fields: 'reviewer', reference: { resource: 'people-csv', fields: 'id' } },
    ]);
    expect(foreignKeys('sources')).toEqual([]);
  });
});
