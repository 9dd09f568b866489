/**
 * The entry graph: every entry, and every link between entries — from a frontmatter reference or
 * from the body — as an edge. Built once from all entries; pages, index pages and search metadata
 * read it and never re-derive relations themselves.
 */
import { type CollectionName, COLLECTIONS } from './collections.ts';
import { entryFile } from './content-files.ts';
import { type EntryCorrection, newestCorrectionsFirst } from './corrections.ts';
import { IdIndex } from './id-index.ts';
import { REFERENCE_FIELDS, referencesIn, type ReferenceTable } from './references.ts';
import type { EntryData } from './schemas.ts';

/** `<collection>/<id>`, e.g. `people/josh-earnest`. */
export type EntryKey = `${CollectionName}/${string}`;

export interface GraphEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  data: EntryData[C];
}

export interface GraphInput<C extends CollectionName = CollectionName> extends GraphEntry<C> {
  /** Entries the body links to. */
  bodyLinks: { collection: CollectionName; id: string }[];
  /** The body's `<Correction>` notices, when it has any. */
  corrections?: EntryCorrection[];
}

/** An input of any one collection, its data typed by that collection (what a list of inputs holds). */
export type AnyGraphInput = { [C in CollectionName]: GraphInput<C> }[CollectionName];

export interface Edge {
  from: EntryKey;
  to: EntryKey;
  /** The frontmatter field the link comes from (`roles.organisation` for a role), or `body`. */
  field: string;
}

export function entryKey(collection: CollectionName, id: string): EntryKey {
  return `${collection}/${id}`;
}

/** Whether an entry is of `collection`, narrowing its `data` to that collection's fields. */
export function isIn<C extends CollectionName>(entry: GraphEntry, collection: C): entry is GraphEntry<C> {
  return entry.collection === collection;
}

export class EntryGraph {
  private readonly entries = new Map<EntryKey, GraphEntry>();
  private readonly outgoingEdges = new Map<EntryKey, Edge[]>();
  private readonly incomingEdges = new Map<EntryKey, Edge[]>();
  private readonly byCollection = new Map<CollectionName, GraphEntry[]>();
  private readonly ids: IdIndex;
  private readonly references: ReferenceTable;
  /** Every correction in the record, newest first. */
  readonly corrections: { entry: GraphEntry; correction: EntryCorrection }[];

  /**
   * Every input is an entry the content check passed, so every reference in it resolves.
   * `references`: which fields are edges, as the schemas mark them (a test passes its own).
   */
  constructor(inputs: readonly GraphInput[], references: ReferenceTable = REFERENCE_FIELDS) {
    this.references = references;
    this.ids = new IdIndex(inputs.map(({ collection, id }) => ({ collection, id, file: entryFile(collection, id) })));
    for (const collection of COLLECTIONS) this.byCollection.set(collection, []);
    for (const { collection, id, data } of inputs) {
      const entry = { collection, id, data } as GraphEntry;
      this.entries.set(entryKey(collection, id), entry);
      this.byCollection.get(collection)!.push(entry);
    }
    for (const input of inputs) this.addEdges(input);
    this.corrections = newestCorrectionsFirst(
      inputs.flatMap((input) =>
        (input.corrections ?? []).map((correction) => ({
          entry: this.entries.get(entryKey(input.collection, input.id))!,
          correction,
        })),
      ),
    );
  }

  private addEdges(input: GraphInput): void {
    const from = entryKey(input.collection, input.id);
    const edges: Edge[] = [];
    const add = (to: EntryKey | undefined, field: string, id: string) => {
      // The content check refuses a reference to nothing, so this is a bug in the pipeline, not in the record.
      if (!to || !this.entries.has(to)) throw new Error(`${from}: ${field} refers to "${id}", which does not exist`);
      // One edge per target and field: a body that links twice to the same entry is one link.
      if (edges.some((edge) => edge.to === to && edge.field === field)) return;
      edges.push({ from, to, field });
    };
    for (const { reference, id } of referencesIn(
      this.references[input.collection],
      input.data as Record<string, unknown>,
    )) {
      add(reference.target === 'actors' ? this.actorKey(id) : entryKey(reference.target, id), reference.field, id);
    }
    for (const link of input.bodyLinks) add(entryKey(link.collection, link.id), 'body', link.id);
    this.outgoingEdges.set(from, edges);
    for (const edge of edges) {
      const incoming = this.incomingEdges.get(edge.to) ?? [];
      incoming.push(edge);
      this.incomingEdges.set(edge.to, incoming);
    }
  }

  /** The key of the person or organisation with this id. */
  actorKey(id: string): EntryKey | undefined {
    const collection = this.ids.actorCollection(id);
    return collection ? entryKey(collection, id) : undefined;
  }

  get<C extends CollectionName>(collection: C, id: string): GraphEntry<C> | undefined {
    return this.entries.get(entryKey(collection, id)) as GraphEntry<C> | undefined;
  }

  getByKey(key: EntryKey): GraphEntry | undefined {
    return this.entries.get(key);
  }

  /** The person or organisation with this id. */
  actor(id: string): GraphEntry<'people' | 'organisations'> | undefined {
    const key = this.actorKey(id);
    return key ? (this.entries.get(key) as GraphEntry<'people' | 'organisations'>) : undefined;
  }

  all<C extends CollectionName>(collection: C): GraphEntry<C>[] {
    return this.byCollection.get(collection)! as GraphEntry<C>[];
  }

  outgoing(key: EntryKey): Edge[] {
    return this.outgoingEdges.get(key) ?? [];
  }

  backlinks(key: EntryKey): Edge[] {
    return this.incomingEdges.get(key) ?? [];
  }

  /** Entries linking here through one field of one collection, e.g. quotes whose `speaker` is this entry. */
  linking<C extends CollectionName>(key: EntryKey, collection: C, field: string): GraphEntry<C>[] {
    return this.backlinks(key)
      .filter((edge) => edge.field === field && edge.from.startsWith(`${collection}/`))
      .map((edge) => this.entries.get(edge.from) as GraphEntry<C>);
  }

  /** Entries this one links to through one field, in the order the field lists them. */
  linked(key: EntryKey, field: string): GraphEntry[] {
    return this.outgoing(key)
      .filter((edge) => edge.field === field)
      .map((edge) => this.entries.get(edge.to)!);
  }

  /**
   * Backlinks grouped by the kind of the linking entry, then by how they link, e.g.
   * `letters → [{ label: 'Letters signed', entries }]`. Each linking entry appears once per label,
   * and under "Mentioned in" only when it does not already link through a field and this entry does
   * not link to it through a field (a letter's page lists its signatories: their mentions of it are not news).
   */
  backlinkGroups(
    key: EntryKey,
  ): { collection: CollectionName; groups: { field: string; label: string; entries: GraphEntry[] }[] }[] {
    const result = [];
    for (const collection of COLLECTIONS) {
      const edges = this.backlinks(key).filter((edge) => edge.from.startsWith(`${collection}/`));
      if (!edges.length) continue;
      const byField = new Map<string, GraphEntry[]>();
      for (const edge of edges) {
        const list = byField.get(edge.field) ?? [];
        const entry = this.entries.get(edge.from)!;
        if (!list.includes(entry)) list.push(entry);
        byField.set(edge.field, list);
      }
      // A body mention by an entry already listed through a field adds nothing: show it once.
      const mentions = byField.get('body');
      if (mentions) {
        const listed = new Set([
          ...[...byField].filter(([field]) => field !== 'body').flatMap(([, entries]) => entries),
          ...this.outgoing(key)
            .filter((edge) => edge.field !== 'body')
            .map((edge) => this.entries.get(edge.to)!),
        ]);
        const rest = mentions.filter((entry) => !listed.has(entry));
        if (rest.length) byField.set('body', rest);
        else byField.delete('body');
      }
      const groups = [...byField].map(([field, entries]) => ({
        field,
        label: backlinkLabel(collection, field, this.references),
        entries,
      }));
      if (groups.length) result.push({ collection, groups });
    }
    return result;
  }
}

/** How a backlink reads on the linked page: "Letters signed", "Mentioned in". */
export function backlinkLabel(
  collection: CollectionName,
  field: string,
  references: ReferenceTable = REFERENCE_FIELDS,
): string {
  if (field === 'body') return 'Mentioned in';
  return references[collection].find((reference) => reference.field === field)?.backlinkLabel ?? field;
}

export function buildEntryGraph(inputs: readonly GraphInput[], references?: ReferenceTable): EntryGraph {
  return new EntryGraph(inputs, references);
}
