/**
 * Dates of one entry that contradict each other, in schema-valid data (where every date is a valid
 * date string): a role that ends before it starts, and a source read before it was published.
 */
import { compareDates, whollyBefore } from '../dates.ts';
import type { Person, Source } from '../schemas.ts';
import type { ParsedEntry } from './parse-entry.ts';
import type { Problem } from './problems.ts';

function roleProblems(entry: ParsedEntry, person: Person): Problem[] {
  return (person.roles ?? []).flatMap((role, index) =>
    role.from && role.to && compareDates(role.to, role.from) < 0
      ? [
          {
            file: entry.source.file,
            line: entry.lineOf(['roles', index, 'to']),
            field: `roles[${index}].to`,
            message: `${role.to} is before from: ${role.from}`,
            expected: 'an end date on or after the start date',
          },
        ]
      : [],
  );
}

/** `accessed` is the day a contributor read the source: a date wholly before publication cannot be. */
function accessedProblems(entry: ParsedEntry, source: Source): Problem[] {
  if (!source.accessed || !whollyBefore(source.accessed, source.published)) return [];
  return [
    {
      file: entry.source.file,
      line: entry.lineOf(['accessed']),
      field: 'accessed',
      message: `${source.accessed} is before published: ${source.published}`,
      expected: 'the day you read the source, on or after the day it was published',
    },
  ];
}

export function dateOrderProblems(entry: ParsedEntry, data: unknown): Problem[] {
  if (!data) return [];
  if (entry.source.collection === 'people') return roleProblems(entry, data as Person);
  if (entry.source.collection === 'sources') return accessedProblems(entry, data as Source);
  return [];
}
