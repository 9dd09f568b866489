/**
 * What the checks that need every entry at once (`relations.ts`, `duplicate-sources.ts`) know of
 * each entry: its own file so that those checks depend on it, not on each other.
 */
import type { CollectionName } from '../collections.ts';
import type { BodyLink } from '../body-links.ts';

/** What the relational checks need to know of each entry. */
export interface RelationalEntry {
  file: string;
  collection: CollectionName;
  id: string;
  /** Frontmatter as parsed (possibly invalid: only well-formed references are followed). */
  data: Record<string, unknown>;
  bodyLinks: BodyLink[];
  lineOf(path: readonly PropertyKey[]): number;
}
