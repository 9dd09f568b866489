/**
 * Turns Zod issues into problems a contributor can act on: the field, the line, what was found and
 * what is accepted.
 */
import type { z } from 'zod';
import type { CollectionName } from '../collections.ts';
import { YamlTimestamp } from '../yaml-timestamp.ts';
import { fieldsOf, schemas } from '../schemas.ts';
import { shownValue } from '../shown-value.ts';
import type { ParsedEntry } from './parse-entry.ts';
import { fieldName, type Problem } from './problems.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** A found value as a message shows it: short, and with invisible characters written as escapes. */
function show(value: unknown): string {
  if (typeof value === 'string') return shownValue(value, 58);
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The closest accepted field name, for a misspelt one. */
function suggestion(key: string, accepted: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const best = accepted.map((name) => ({ name, d: distance(key, name) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.name : undefined;
}

/** The fields of the objects a field holds, for "did you mean" on a misspelt one: a person's roles, a letter's reported count. */
const NESTED_FIELDS: Record<string, string[]> = {
  roles: ['title', 'organisation', 'from', 'to'],
  signatories_reported: ['min', 'max'],
};

function issueProblems(entry: ParsedEntry, collection: CollectionName, issue: z.core.$ZodIssue): Problem[] {
  const file = entry.source.file;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const line = entry.lineOf(path);
      if (key === 'slug' && issue.path.length === 0) {
        return {
          file,
          line,
          field: 'slug',
          message: 'a frontmatter slug is not allowed',
          expected: 'remove it: the id is the file name',
        };
      }
      const accepted = issue.path.length === 0 ? fieldsOf(collection) : (NESTED_FIELDS[String(issue.path[0])] ?? []);
      const close = suggestion(key, accepted);
      return {
        file,
        line,
        field: fieldName(path),
        message: 'is not a field of this collection',
        expected: `${close ? `did you mean ${close}? ` : ''}accepted fields: ${accepted.join(', ')}`,
      };
    });
  }
  const value = valueAt(entry.data, issue.path);
  const base = { file, line: entry.lineOf(issue.path), field: fieldName(issue.path) };
  if (value === undefined) return [{ ...base, message: 'is required but missing', expected: issue.message }];
  if (value === null)
    return [
      { ...base, message: 'has no value', expected: `${issue.message}; if there is nothing to write, remove the line` },
    ];
  if (issue.code === 'custom') {
    const expected = (issue.params as { expected?: string } | undefined)?.expected;
    return [{ ...base, message: issue.message, ...(expected ? { expected } : {}) }];
  }
  if (issue.code === 'too_big' && typeof value === 'string') {
    return [
      {
        ...base,
        message: `is ${value.length} characters long`,
        expected: `at most ${String(issue.maximum)} characters: shorten it`,
      },
    ];
  }
  if (value instanceof YamlTimestamp) {
    // Astro's reader makes this a Date, which no text field accepts.
    return [
      {
        ...base,
        message: `found ${value.text} written bare, which YAML reads as a date`,
        expected: `${issue.message}: put it in double quotes`,
      },
    ];
  }
  return [{ ...base, message: `found ${show(value)}`, expected: issue.message }];
}

/** Validates an entry's frontmatter against its collection's schema. */
export function schemaProblems(entry: ParsedEntry): { data?: unknown; problems: Problem[] } {
  const collection = entry.source.collection;
  const result = schemas[collection].safeParse(entry.data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => issueProblems(entry, collection, issue)) };
}
