/**
 * The seven collections of the content model (docs/content-model.md) and how the site names them.
 * Plain data: imported by the schemas, the check, the graph and the pages.
 */
export const COLLECTIONS = [
  'letters',
  'quotes',
  'positions',
  'people',
  'organisations',
  'jurisdictions',
  'sources',
] as const;

export type CollectionName = (typeof COLLECTIONS)[number];

/** People and organisations together are the actors: their ids share one namespace. */
export const ACTOR_COLLECTIONS = ['people', 'organisations'] as const satisfies readonly CollectionName[];

export type ActorCollection = (typeof ACTOR_COLLECTIONS)[number];

/** The collections whose entries are statements with a stance and a date. */
export const STATEMENT_COLLECTIONS = ['letters', 'quotes', 'positions'] as const satisfies readonly CollectionName[];

/** The collections whose entries have no date: their index lists them by name. */
export const UNDATED_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['people', 'organisations', 'jurisdictions']);

export const COLLECTION_LABELS: Record<CollectionName, { singular: string; plural: string; description: string }> = {
  letters: {
    singular: 'Letter',
    plural: 'Letters',
    description: 'Public letters about encryption policy, with who signed them and to whom they were sent.',
  },
  quotes: {
    singular: 'Quote',
    plural: 'Quotes',
    description: 'Exact words said or written about encryption back doors, each with its speaker and source.',
  },
  positions: {
    singular: 'Position',
    plural: 'Government positions',
    description: 'Where a government body stood at a date, and which earlier position it replaced.',
  },
  people: {
    singular: 'Person',
    plural: 'People',
    description: 'The people who spoke, signed or received letters, and the roles they held.',
  },
  organisations: {
    singular: 'Organisation',
    plural: 'Organisations',
    description: 'Governments, agencies, companies, trade associations and civil-society groups in the debate.',
  },
  jurisdictions: {
    singular: 'Jurisdiction',
    plural: 'Jurisdictions',
    description: 'Countries and blocs, each with its history of positions.',
  },
  sources: {
    singular: 'Source',
    plural: 'Sources',
    description: 'The news reports, letters, transcripts and documents every entry is built from.',
  },
};

export function isCollectionName(value: string): value is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(value);
}
