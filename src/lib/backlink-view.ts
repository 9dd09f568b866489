/**
 * How "Linked from" is shown on an entry page: groups that the page already shows in another form
 * are left out, and long groups show their newest entries with a link to all of them in search.
 * A group is cut only where a search filter gives back exactly that relation, so nothing becomes
 * unreachable.
 */
import type { CollectionName } from './collections.ts';
import type { GraphEntry } from './graph.ts';
import { INVOLVEMENT_FIELDS } from './involved.ts';
import { SEARCH_PATH } from './search-facets.ts';
import { KIND_VALUES } from './search-record.ts';

/** The newest entries a long backlink group shows before linking to the rest. */
export const BACKLINK_LIMIT = 10;

/** A backlink group by the kind of the linking entries and the field they link through. */
export interface GroupKey {
  collection: CollectionName;
  field: string;
}

/**
 * Fields whose relation a search filter reproduces: which filter, holding the linked entry's id. The
 * actor filter holds everyone a statement involves (src/lib/involved.ts), so each of those fields.
 */
const FILTER_FOR_FIELD: Record<string, 'jurisdiction' | 'actor'> = {
  jurisdiction: 'jurisdiction',
  ...Object.fromEntries(Object.values(INVOLVEMENT_FIELDS).map(({ field }) => [field, 'actor' as const])),
};

/**
 * The search that lists every entry of a group, newest first, or undefined when no filter
 * expresses the relation. Signatories and recipients share the actor filter, so their search
 * lists every letter the actor signed or received.
 */
export function groupSearchUrl(group: GroupKey, linkedId: string): string | undefined {
  const filter = FILTER_FOR_FIELD[group.field];
  if (!filter) return undefined;
  const params = new URLSearchParams({ kind: KIND_VALUES[group.collection], [filter]: linkedId, sort: 'newest' });
  return `${SEARCH_PATH}?${params}`;
}

interface ShownGroup {
  shown: GraphEntry[];
  total: number;
  /** Where the rest are, when some are not shown. */
  moreUrl?: string;
}

/** Cuts a group, already sorted newest first, to the limit when search can show the rest. */
export function showGroup(
  group: GroupKey,
  sortedEntries: GraphEntry[],
  linkedId: string,
  limit = BACKLINK_LIMIT,
): ShownGroup {
  const moreUrl = sortedEntries.length > limit ? groupSearchUrl(group, linkedId) : undefined;
  return moreUrl
    ? { shown: sortedEntries.slice(0, limit), total: sortedEntries.length, moreUrl }
    : { shown: sortedEntries, total: sortedEntries.length };
}
