/**
 * Finds what a contributor named in the record: a person or organisation by id, name or alias, a
 * jurisdiction by id, code or name, a source by its address. Contributors write names, the record
 * takes ids; a name the record does not have is left for the check to report (or, for a quote's
 * speaker, becomes a new person).
 */
import type { CheckedEntry } from '../check/index.ts';
import type { CollectionName } from '../collections.ts';

/** Names compared as a reader would: case, spacing and Unicode forms aside. */
function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** An address as the URL parser writes it, so `HTTPS://Example.org` finds `https://example.org/`. */
function urlKey(url: string): string | undefined {
  try {
    return new URL(url.trim()).href;
  } catch {
    return undefined;
  }
}

export class RecordLookup {
  private readonly names = new Map<string, Set<string>>();
  private readonly urls = new Map<string, string>();

  constructor(entries: readonly CheckedEntry[]) {
    for (const { collection, id, data } of entries) {
      const fields = (data ?? {}) as { name?: string; aliases?: string[]; code?: string; url?: string };
      const keys = [id, fields.name, fields.code, ...(fields.aliases ?? [])].filter(
        (key): key is string => typeof key === 'string',
      );
      for (const key of keys) this.add(collection, key, id);
      if (collection === 'sources' && fields.url) {
        const key = urlKey(fields.url);
        if (key && !this.urls.has(key)) this.urls.set(key, id);
      }
    }
  }

  private add(collection: CollectionName, key: string, id: string): void {
    const group = collection === 'people' || collection === 'organisations' ? 'actors' : collection;
    const name = `${group}\u0000${nameKey(key)}`;
    let ids = this.names.get(name);
    if (!ids) this.names.set(name, (ids = new Set()));
    ids.add(id);
  }

  /** Ids of the people and organisations a name (or id, or alias) names. */
  actors(name: string): string[] {
    return [...(this.names.get(`actors\u0000${nameKey(name)}`) ?? [])];
  }

  /** The jurisdiction a name, code or id names, if one does. */
  jurisdiction(name: string): string | undefined {
    return [...(this.names.get(`jurisdictions\u0000${nameKey(name)}`) ?? [])][0];
  }

  /** The source whose address this is, if the record has it. */
  sourceByUrl(url: string): string | undefined {
    const key = urlKey(url);
    return key ? this.urls.get(key) : undefined;
  }
}
