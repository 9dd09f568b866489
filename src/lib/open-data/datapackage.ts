/**
 * The Frictionless Data `datapackage.json` of the open data: each CSV as a tabular resource with a
 * Table Schema, each JSON file as a resource with the path of its JSON Schema, and the licence. The
 * Table Schemas' fields are read from the generated JSON Schemas, so they follow the content model;
 * their foreign keys are the reference fields the schemas mark (src/lib/references.ts).
 */
import { type CollectionName, COLLECTION_LABELS, COLLECTIONS } from '../collections.ts';
import { REFERENCE_FIELDS } from '../references.ts';
import { csvColumns } from './csv.ts';
import { type JsonSchema } from './json-schemas.ts';
import { LICENCE } from './licence.ts';

/** The names of the files, relative to the data package (they sit side by side under /data/). */
export const DATA_FILES = {
  record: 'record.json',
  recordSchema: 'record.schema.json',
  datapackage: 'datapackage.json',
  json: (collection: CollectionName) => `${collection}.json`,
  csv: (collection: CollectionName) => `${collection}.csv`,
  schema: (collection: CollectionName) => `${collection}.schema.json`,
} as const;

interface TableField {
  name: string;
  type: 'string' | 'array' | 'object';
  format?: 'uri';
  description?: string;
  constraints?: { required?: true; enum?: readonly string[]; unique?: true };
}

interface PropertySchema {
  type?: string;
  enum?: string[];
  description?: string;
  items?: PropertySchema;
}

/** The CSV resource of a collection. */
function csvResourceName(collection: CollectionName): string {
  return `${collection}-csv`;
}

/**
 * A collection's foreign keys: each column holding one id of one collection. Table Schema has no
 * key for a JSON array in a cell (`sources`), a column naming either of two resources (an actor),
 * a nested field (a role's organisation) or a column that may hold a keyword (`translated_by`), so
 * those are described by their JSON Schema only.
 */
export function foreignKeys(collection: CollectionName, references = REFERENCE_FIELDS[collection]) {
  return (
    references
      // A path of one key is a top-level field holding one id (a list's path ends in `*`).
      .filter((reference) => reference.target !== 'actors' && !reference.keywords && reference.path.length === 1)
      .map(({ field, target }) => ({
        fields: field,
        // An empty resource is the table itself (a position superseding another).
        reference: { resource: target === collection ? '' : csvResourceName(target as CollectionName), fields: 'id' },
      }))
  );
}

/** The Table Schema of a collection's CSV, from the JSON Schema of its records (an array of objects). */
export function tableSchema(collection: CollectionName, schema: JsonSchema) {
  const item = schema.items as { properties: Record<string, PropertySchema>; required?: string[] };
  const fields = csvColumns(collection).map((name): TableField => {
    const property = item.properties[name] ?? {};
    const required = item.required?.includes(name) || name === 'id';
    return {
      name,
      // A list is a JSON array in its cell, a letter's reported count a JSON object: Table Schema's
      // `array` and `object` types are exactly that.
      type: property.type === 'array' || property.type === 'object' ? property.type : 'string',
      ...(['page', 'url', 'website', 'archived', 'archive'].includes(name) ? { format: 'uri' as const } : {}),
      ...(property.description ? { description: property.description } : {}),
      ...(required || property.enum
        ? {
            constraints: {
              ...(required ? { required: true as const } : {}),
              ...(name === 'id' ? { unique: true as const } : {}),
              ...(property.enum ? { enum: property.enum } : {}),
            },
          }
        : {}),
    };
  });
  const keys = foreignKeys(collection);
  return { fields, primaryKey: 'id', ...(keys.length ? { foreignKeys: keys } : {}), missingValues: [''] };
}

interface DataPackageInput {
  title: string;
  description: string;
  homepage: string;
  /** ISO 8601 date and time of the build. */
  created: string;
  schemas: Record<CollectionName, JsonSchema>;
}

export function dataPackage({ title, description, homepage, created, schemas }: DataPackageInput) {
  const csvResources = COLLECTIONS.map((collection) => ({
    name: csvResourceName(collection),
    title: `${COLLECTION_LABELS[collection].plural} (CSV)`,
    description: COLLECTION_LABELS[collection].description,
    profile: 'tabular-data-resource',
    path: DATA_FILES.csv(collection),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: tableSchema(collection, schemas[collection]),
  }));
  const jsonResources = COLLECTIONS.map((collection) => ({
    name: `${collection}-json`,
    title: `${COLLECTION_LABELS[collection].plural} (JSON)`,
    description: COLLECTION_LABELS[collection].description,
    profile: 'data-resource',
    path: DATA_FILES.json(collection),
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    // Data Package v2's property for a JSON resource's schema; v1 readers ignore it.
    jsonSchema: DATA_FILES.schema(collection),
  }));
  return {
    profile: 'data-package',
    name: 'encryption-policy-tracker',
    title,
    description,
    homepage,
    created,
    licenses: [{ name: LICENCE.id, path: LICENCE.url, title: LICENCE.title }],
    resources: [
      ...csvResources,
      ...jsonResources,
      {
        name: 'record-json',
        title: 'The whole record (JSON)',
        profile: 'data-resource',
        path: DATA_FILES.record,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        jsonSchema: DATA_FILES.recordSchema,
      },
    ],
  };
}
