/**
 * Which frontmatter fields point at other entries, and where. This table is the one description of
 * the record's relations: the check resolves it, the graph turns it into edges.
 */
import type { CollectionName } from './collections.ts';
import { ID_PATTERN } from './ids.ts';
import { TRANSLATORS } from './schemas.ts';

/** A reference target: one collection, or `actors` (a person or an organisation). */
export type ReferenceTarget = CollectionName | 'actors';

export interface ReferenceField {
  /** The frontmatter field. */
  field: string;
  target: ReferenceTarget;
  /**
   * Where the id sits: the field itself, each item of a list, `organisation` in each role, or a
   * translator (`translation.by`, `translated_by`): an id unless it is a keyword such as `source`.
   */
  shape: 'single' | 'list' | 'roles' | 'translator';
  /** How the link reads on the linked entry's page, e.g. a quote's `speaker` is "Quotes by". */
  backlinkLabel: string;
}

export const REFERENCE_FIELDS: Record<CollectionName, ReferenceField[]> = {
  people: [
    { field: 'roles', target: 'organisations', shape: 'roles', backlinkLabel: 'People with a role here' },
    { field: 'jurisdiction', target: 'jurisdictions', shape: 'single', backlinkLabel: 'People' },
  ],
  organisations: [
    { field: 'jurisdiction', target: 'jurisdictions', shape: 'single', backlinkLabel: 'Organisations' },
    { field: 'parent', target: 'organisations', shape: 'single', backlinkLabel: 'Parts of this organisation' },
    { field: 'members', target: 'organisations', shape: 'list', backlinkLabel: 'Member of' },
  ],
  jurisdictions: [],
  sources: [],
  letters: [
    { field: 'signatories', target: 'actors', shape: 'list', backlinkLabel: 'Letters signed' },
    { field: 'recipients', target: 'actors', shape: 'list', backlinkLabel: 'Letters received' },
    { field: 'jurisdiction', target: 'jurisdictions', shape: 'single', backlinkLabel: 'Letters' },
    { field: 'sources', target: 'sources', shape: 'list', backlinkLabel: 'Letters citing this source' },
  ],
  quotes: [
    { field: 'speaker', target: 'actors', shape: 'single', backlinkLabel: 'Quotes' },
    { field: 'sources', target: 'sources', shape: 'list', backlinkLabel: 'Quotes citing this source' },
    { field: 'letter', target: 'letters', shape: 'single', backlinkLabel: 'Quotes taken from this letter' },
    { field: 'jurisdiction', target: 'jurisdictions', shape: 'single', backlinkLabel: 'Quotes' },
    { field: 'translation.by', target: 'sources', shape: 'translator', backlinkLabel: 'Quotes this source translated' },
    { field: 'translated_by', target: 'sources', shape: 'translator', backlinkLabel: 'Quotes this source translated' },
  ],
  positions: [
    { field: 'jurisdiction', target: 'jurisdictions', shape: 'single', backlinkLabel: 'Positions' },
    { field: 'actor', target: 'organisations', shape: 'single', backlinkLabel: 'Positions held' },
    { field: 'sources', target: 'sources', shape: 'list', backlinkLabel: 'Positions citing this source' },
    { field: 'quotes', target: 'quotes', shape: 'list', backlinkLabel: 'Positions this quote shows' },
    { field: 'letters', target: 'letters', shape: 'list', backlinkLabel: 'Positions this letter shows' },
    { field: 'supersedes', target: 'positions', shape: 'single', backlinkLabel: 'Superseded by' },
  ],
};

/** One id found in a reference field, with the path to it in the frontmatter (for line numbers). */
export interface FoundReference {
  field: string;
  path: (string | number)[];
  target: ReferenceTarget;
  shape: ReferenceField['shape'];
  id: string;
}

/** Lists every id the frontmatter of an entry refers to. Tolerates malformed data (skips non-strings). */
export function referencesIn(collection: CollectionName, data: Record<string, unknown>): FoundReference[] {
  const found: FoundReference[] = [];
  for (const { field, target, shape } of REFERENCE_FIELDS[collection]) {
    if (shape === 'translator') {
      const path = field.split('.');
      const value = valueAt(data, path);
      // Not an id at all is the schema's to report; a keyword names no entry.
      if (typeof value === 'string' && ID_PATTERN.test(value) && !(TRANSLATORS as readonly string[]).includes(value))
        found.push({ field, path, target, shape, id: value });
      continue;
    }
    const value = data[field];
    if (shape === 'single' && typeof value === 'string') {
      found.push({ field, path: [field], target, shape, id: value });
    } else if (shape === 'list' && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') found.push({ field, path: [field, index], target, shape, id: item });
      });
    } else if (shape === 'roles' && Array.isArray(value)) {
      value.forEach((role, index) => {
        const organisation = (role as { organisation?: unknown } | null)?.organisation;
        if (typeof organisation === 'string') {
          found.push({
            field: 'roles.organisation',
            path: [field, index, 'organisation'],
            target,
            shape,
            id: organisation,
          });
        }
      });
    }
  }
  return found;
}

/** The value at a dotted path such as `translation.by`, or undefined where any step is missing. */
function valueAt(data: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}
