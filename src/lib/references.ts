/**
 * Which frontmatter fields point at other entries, and where: read from the schemas, where each
 * reference field is declared with `ref`, `refs` or `actorRef` (src/lib/schemas.ts). The check
 * resolves these fields, the graph turns them into edges and the open data into foreign keys; none
 * of them lists fields of its own.
 */
import type { z } from 'zod';
import { type CollectionName, COLLECTIONS } from './collections.ts';
import { ID_PATTERN } from './ids.ts';
import { type ReferenceMark, type ReferenceTarget, referenceMarks, schemas } from './schemas.ts';

export type { ReferenceTarget };

/** One reference field of a collection, as its schema marks it. */
export interface ReferenceField extends ReferenceMark {
  /** The field as messages and edges name it: dotted, without list positions (`roles.organisation`). */
  field: string;
  /** Where its ids sit: keys, and `*` for every item of a list (`['roles', '*', 'organisation']`). */
  path: readonly string[];
}

/** Each collection's reference fields, in the order its schema declares them. */
export type ReferenceTable = Record<CollectionName, readonly ReferenceField[]>;

/** Zod's own description of a schema: enough of it to walk into objects, lists and optional fields. */
interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

/** Every marked field in a schema, however deep (inside objects, lists and optional fields). */
export function referenceFields(schema: z.ZodType, path: readonly string[] = []): ReferenceField[] {
  const mark = referenceMarks.get(schema);
  if (mark) return [{ ...mark, field: path.filter((key) => key !== '*').join('.'), path }];
  const def = schema._zod.def as SchemaDef;
  if (def.innerType) return referenceFields(def.innerType, path);
  if (def.type === 'array' && def.element) return referenceFields(def.element, [...path, '*']);
  if (def.type === 'object' && def.shape)
    return Object.entries(def.shape).flatMap(([key, field]) => referenceFields(field, [...path, key]));
  return [];
}

/**
 * The reference fields of every collection, read once from the schemas, in schema order except that
 * fields also taking keywords (a quote's translator) come last: a source's page lists the quotes
 * citing it before the quotes it translated, as the order of edges decides.
 */
export const REFERENCE_FIELDS: ReferenceTable = Object.fromEntries(
  COLLECTIONS.map((collection) => [
    collection,
    referenceFields(schemas[collection]).sort((a, b) => Number(!!a.keywords) - Number(!!b.keywords)),
  ]),
) as Record<CollectionName, ReferenceField[]>;

/** Whether a reference field holds a list of ids (`signatories`) rather than one (`speaker`). */
export function isListReference(reference: ReferenceField): boolean {
  return reference.path.at(-1) === '*';
}

/** One id found in a reference field, with the path to it in the frontmatter (for line numbers). */
export interface FoundReference {
  reference: ReferenceField;
  path: (string | number)[];
  id: string;
}

/**
 * Lists every id the frontmatter of an entry refers to through the given fields. Tolerates malformed
 * data (skips what is not a string); a keyword such as a translator's `source` names no entry.
 */
export function referencesIn(fields: readonly ReferenceField[], data: Record<string, unknown>): FoundReference[] {
  const found: FoundReference[] = [];
  for (const reference of fields) {
    for (const { path, value } of valuesAt(data, reference.path)) {
      if (typeof value !== 'string') continue;
      // An id-shaped keyword is not an entry; text that is no id at all is the schema's to report.
      if (reference.keywords && (!ID_PATTERN.test(value) || reference.keywords.includes(value))) continue;
      found.push({ reference, path, id: value });
    }
  }
  return found;
}

/** Every value at a path such as `roles.*.organisation`, with its concrete path (`roles.2.organisation`). */
function valuesAt(value: unknown, path: readonly string[]): { path: (string | number)[]; value: unknown }[] {
  if (path.length === 0) return [{ path: [], value }];
  const [key, ...rest] = path as [string, ...string[]];
  const inner = (step: string | number, next: unknown) =>
    valuesAt(next, rest).map((found) => ({ path: [step, ...found.path], value: found.value }));
  if (key === '*') return Array.isArray(value) ? value.flatMap((item, index) => inner(index, item)) : [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return inner(key, (value as Record<string, unknown>)[key]);
}
