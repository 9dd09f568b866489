/**
 * The JSON Schemas of the open data, generated from the Zod schemas the build validates content with
 * (src/lib/schemas.ts), never written by hand: a field added to the content model appears here.
 */
import { z } from 'zod';
import { type CollectionName, COLLECTIONS } from '../collections.ts';
import { recordSchema } from './records.ts';

/** JSON Schema draft 2020-12, as `z.toJSONSchema` writes it: validate with a 2020-12 validator. */
export type JsonSchema = Record<string, unknown>;

/** What `record.json` holds beside the entries. */
function recordFileSchema() {
  return z.strictObject({
    title: z.string(),
    url: z.string().describe("The record's home page."),
    built: z.string().describe('When these files were built, as an ISO 8601 date and time.'),
    licence: z.strictObject({ id: z.string(), title: z.string(), url: z.string() }),
    collections: z.strictObject(
      Object.fromEntries(COLLECTIONS.map((collection) => [collection, z.array(recordSchema(collection))])) as {
        [C in CollectionName]: z.ZodArray<ReturnType<typeof recordSchema>>;
      },
    ),
  });
}

function toJsonSchema(schema: z.ZodType, id: string, title: string): JsonSchema {
  // `output`: the data holds values as the check read them (a YAML date is already a string).
  return { $id: id, title, ...z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' }) };
}

/** The schema of one collection's JSON file (an array of its records); `id` is the schema's own URL. */
export function collectionJsonSchema(collection: CollectionName, id: string): JsonSchema {
  return toJsonSchema(z.array(recordSchema(collection)), id, `Encryption Policy Tracker: ${collection}`);
}

/** The schema of `record.json`: every collection at once. */
export function recordJsonSchema(id: string): JsonSchema {
  return toJsonSchema(recordFileSchema(), id, 'Encryption Policy Tracker: the whole record');
}
