import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/lib/collections.ts';
import { collectionJsonSchema, recordJsonSchema } from '../../../src/lib/open-data/json-schemas.ts';
import { derivedFields } from '../../../src/lib/open-data/records.ts';
import { fieldsOf } from '../../../src/lib/schemas.ts';
import { STANCES } from '../../../src/lib/stances.ts';

const letter = {
  id: 'a-letter',
  page: 'https://example.org/letters/a-letter/',
  title: 'A letter',
  date: '2020-05-20',
  signatories: ['eff'],
  recipients: ['minister'],
  stance: 'opposes',
  jurisdiction: 'nl',
  summary: 'It asks.',
  sources: ['report'],
};

describe('JSON Schemas generated from the content schemas', () => {
  it('compile as JSON Schema 2020-12 in strict mode', () => {
    const ajv = new Ajv2020();
    for (const collection of COLLECTIONS) {
      const schema = collectionJsonSchema(collection, `https://example.org/${collection}.schema.json`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => ajv.compile(schema), collection).not.toThrow();
    }
    expect(() => ajv.compile(recordJsonSchema('https://example.org/record.schema.json'))).not.toThrow();
  });

  it("list every field of the content model, the id, the page's address and what the data adds", () => {
    for (const collection of COLLECTIONS) {
      const items = collectionJsonSchema(collection, 'x').items as { properties: object; required: string[] };
      expect(Object.keys(items.properties).sort()).toEqual(
        ['id', 'page', ...fieldsOf(collection), ...derivedFields(collection)].sort(),
      );
      expect(items.required).toEqual(expect.arrayContaining(['id', 'page', ...derivedFields(collection)]));
    }
    expect(derivedFields('sources')).toEqual(['archive']);
  });

  it('accept a valid record and refuse a missing field, an unknown one and a stance outside the vocabulary', () => {
    const schema = collectionJsonSchema('letters', 'https://example.org/letters.schema.json');
    const validate = new Ajv2020().compile(schema);
    expect(validate([letter]), JSON.stringify(validate.errors)).toBe(true);
    const { summary: _summary, ...withoutSummary } = letter;
    expect(validate([withoutSummary])).toBe(false);
    expect(validate([{ ...letter, signed: 'yes' }])).toBe(false);
    expect(validate([{ ...letter, stance: 'maybe' }])).toBe(false);
    const items = schema.items as { properties: { stance: { enum: string[] } } };
    expect(items.properties.stance.enum).toEqual([...STANCES]);
  });
});
