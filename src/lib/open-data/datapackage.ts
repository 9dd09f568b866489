/**
 * The Frictionless Data `datapackage.json` of the open data: each CSV as a tabular resource with a
 * Table Schema, each JSON file as a resource with the path of its JSON Schema, and the licence. The
 * Table Schemas' fields are read from the generated JSON Schemas, so they follow the content model.
 */
import { type CollectionName, COLLECTION_LABELS, COLLECTIONS } from '../collections.ts';
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
  type: 'string' | 'array';
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

/** The Table Schema of a collection's CSV, from the JSON Schema of its records (an array of objects). */
export function tableSchema(collection: CollectionName, schema: JsonSchema) {
  const item = schema.items as { properties: Record<string, PropertySchema>; required?: string[] };
  const fields = csvColumns(collection).map((name): TableField => {
    const property = item.properties[name] ?? {};
    const required = item.required?.includes(name) || name === 'id';
    return {
      name,
      // A list is a JSON array in its cell: Table Schema's `array` type is exactly that.
      type: property.type === 'array' ? 'array' : 'string',
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
  return { fields, primaryKey: 'id', missingValues: [''] };
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
    name: `${collection}-csv`,
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
