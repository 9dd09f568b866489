/**
 * Human labels for the vocabularies of the content model, each map keyed by its vocabulary so that a
 * value added to a schema does not type-check until it has a label.
 */
import type { GraphEntry } from './graph.ts';
import { COLLECTION_LABELS } from './collections.ts';
import type { Jurisdiction, Organisation, Quote, Source } from './schemas.ts';

export const ORGANISATION_KIND_LABELS: Record<Organisation['kind'], string> = {
  government: 'Government',
  agency: 'Government agency',
  legislature: 'Legislature',
  court: 'Court',
  company: 'Company',
  'trade-association': 'Trade association',
  'civil-society': 'Civil-society organisation',
  academic: 'Academic institution',
  media: 'Media organisation',
  intergovernmental: 'Intergovernmental organisation',
};

export const JURISDICTION_KIND_LABELS: Record<Jurisdiction['kind'], string> = {
  country: 'Country',
  bloc: 'Bloc',
  subnational: 'Subnational',
};

export const SOURCE_TYPE_LABELS: Record<Source['type'], string> = {
  news: 'News report',
  letter: 'Letter',
  'press-release': 'Press release',
  transcript: 'Transcript',
  report: 'Report',
  legislation: 'Legislation',
  statement: 'Statement',
  other: 'Other',
};

export const PROVENANCE_LABELS: Record<NonNullable<Quote['provenance']>, string> = {
  primary: 'Primary: from the speaker’s own text or a transcript',
  reported: 'Reported: as others reported the words',
};

/** The kind of an entry as a reader would say it: "Letter", "Trade association", "News report". */
export function entryKindLabel(entry: GraphEntry): string {
  if (entry.collection === 'organisations') return ORGANISATION_KIND_LABELS[(entry.data as Organisation).kind];
  if (entry.collection === 'jurisdictions') return JURISDICTION_KIND_LABELS[(entry.data as Jurisdiction).kind];
  if (entry.collection === 'sources') return SOURCE_TYPE_LABELS[(entry.data as Source).type];
  return COLLECTION_LABELS[entry.collection].singular;
}
