/**
 * The one answer to "does this id exist here?": which entries the record holds, which collection an
 * actor id belongs to (people and organisations share one set of ids), and which file a new or
 * duplicate id collides with. The content check, the entry graph and `npm run new` all use it, and
 * it words the two problems ids can have — a reference to nothing, an id already taken — once.
 */
import { ACTOR_COLLECTIONS, type ActorCollection, type CollectionName, COLLECTIONS } from './collections.ts';
import { collectionFolder, type EntryFile } from './content-files.ts';
import type { ReferenceTarget } from './references.ts';

/** A problem with an id, worded as the check prints it: what was found, and what is accepted. */
interface IdProblem {
  message: string;
  expected: string;
}

function isActorCollection(collection: CollectionName): collection is ActorCollection {
  return (ACTOR_COLLECTIONS as readonly CollectionName[]).includes(collection);
}

/** Where the ids of a reference target live, for messages. */
function targetFolders(target: ReferenceTarget): string {
  return target === 'actors'
    ? ACTOR_COLLECTIONS.map((collection) => collectionFolder(collection)).join(' or ')
    : collectionFolder(target);
}

export class IdIndex {
  private readonly byCollection = new Map<CollectionName, Map<string, EntryFile>>(
    COLLECTIONS.map((collection) => [collection, new Map()]),
  );
  /** Per id space (a collection, or the actors), the first file to claim each lower-cased id. */
  private readonly claimed = new Map<string, Map<string, EntryFile>>();
  /** Entries whose id another entry of the same id space already claimed, with that entry. */
  readonly collisions: { entry: EntryFile; other: EntryFile }[] = [];

  /** Entries in the order given: on a collision, the earlier one keeps the id. */
  constructor(entries: Iterable<EntryFile>) {
    for (const entry of entries) {
      this.byCollection.get(entry.collection)!.set(entry.id, entry);
      const space = this.spaceOf(entry.collection);
      const key = entry.id.toLowerCase();
      const other = space.get(key);
      if (other) this.collisions.push({ entry, other });
      else space.set(key, entry);
    }
  }

  private spaceOf(collection: CollectionName): Map<string, EntryFile> {
    const name = isActorCollection(collection) ? 'actors' : collection;
    let space = this.claimed.get(name);
    if (!space) this.claimed.set(name, (space = new Map()));
    return space;
  }

  has(collection: CollectionName, id: string): boolean {
    return this.byCollection.get(collection)!.has(id);
  }

  /** Whether a reference resolves: `actors` means a person or an organisation. */
  exists(target: ReferenceTarget, id: string): boolean {
    return target === 'actors' ? this.actorCollection(id) !== undefined : this.has(target, id);
  }

  /** Which actor collection holds this id, if either does. */
  actorCollection(id: string): ActorCollection | undefined {
    return ACTOR_COLLECTIONS.find((collection) => this.has(collection, id));
  }

  /** The file an id would collide with in its id space (ignoring case), if any. */
  takenBy(collection: CollectionName, id: string): EntryFile | undefined {
    return this.claimed.get(isActorCollection(collection) ? 'actors' : collection)?.get(id.toLowerCase());
  }

  /** Why a reference to `id` in `target` does not resolve; undefined when it does. */
  referenceProblem(target: ReferenceTarget, id: string): IdProblem | undefined {
    if (this.exists(target, id)) return undefined;
    const elsewhere = COLLECTIONS.filter((collection) => this.has(collection, id));
    return {
      message: elsewhere.length
        ? `"${id}" is in ${elsewhere.join(', ')}, not ${target}`
        : `"${id}" does not exist${target === 'actors' ? ' as a person or organisation' : ` in ${target}`}`,
      expected: `the id of a file in ${targetFolders(target)}: add that entry first, or update this reference if it was renamed`,
    };
  }
}

/** The problem of an id already used by `other` in the id space of `collection`. */
export function idTakenProblem(collection: CollectionName, id: string, other: EntryFile): IdProblem {
  return {
    message: `the id "${id}" is already used by ${other.file}`,
    expected: isActorCollection(collection)
      ? 'an id no person or organisation uses, ignoring case (people and organisations share one set of ids)'
      : `an id no other file in ${collectionFolder(collection)} uses, ignoring case`,
  };
}
