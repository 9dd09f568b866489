/** The ids already taken in a content tree, read from file names only (fast at any size). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ACTOR_COLLECTIONS, type CollectionName, COLLECTIONS } from '../collections.ts';
import type { ReferenceTarget } from '../references.ts';

export type ExistingIds = Record<CollectionName, Set<string>>;

export function existingIds(contentPath: string): ExistingIds {
  const ids = {} as ExistingIds;
  for (const collection of COLLECTIONS) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(contentPath, collection));
    } catch {
      // A collection without a folder has no entries yet.
    }
    ids[collection] = new Set(
      names.filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length)),
    );
  }
  return ids;
}

/** The collections an id must be free in: people and organisations share one set of ids. */
export function idSpace(collection: CollectionName): readonly CollectionName[] {
  return (ACTOR_COLLECTIONS as readonly CollectionName[]).includes(collection) ? ACTOR_COLLECTIONS : [collection];
}

/** Where an id is already used, ignoring case (case-colliding ids break on some file systems). */
export function takenBy(ids: ExistingIds, collection: CollectionName, id: string): string | undefined {
  for (const space of idSpace(collection)) {
    for (const existing of ids[space]) {
      if (existing.toLowerCase() === id.toLowerCase()) return `content/${space}/${existing}.mdx`;
    }
  }
  return undefined;
}

export function referenceExists(ids: ExistingIds, target: ReferenceTarget, id: string): boolean {
  return target === 'actors' ? ACTOR_COLLECTIONS.some((collection) => ids[collection].has(id)) : ids[target].has(id);
}
