/** Human labels for the vocabularies of the content model. */
import type { GraphEntry } from './graph.ts';
import { COLLECTION_LABELS } from './collections.ts';

export const ORGANISATION_KIND_LABELS: Record<string, string> = {
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

export const JURISDICTION_KIND_LABELS: Record<string, string> = {
  country: 'Country',
  bloc: 'Bloc',
  subnational: 'Subnational',
};

export const SOURCE_TYPE_LABELS: Record<string, string> = {
  news: 'News report',
  letter: 'Letter',
  'press-release': 'Press release',
  transcript: 'Transcript',
  report: 'Report',
  legislation: 'Legislation',
  statement: 'Statement',
  other: 'Other',
};

export const PROVENANCE_LABELS: Record<string, string> = {
  primary: 'Primary: from the speaker’s own text or a transcript',
  reported: 'Reported: as others reported the words',
};

/** The kind of an entry as a reader would say it: "Letter", "Trade association", "News report". */
export function entryKindLabel(entry: GraphEntry): string {
  const data = entry.data as { kind?: string; type?: string };
  if (entry.collection === 'organisations' && data.kind) return ORGANISATION_KIND_LABELS[data.kind] ?? data.kind;
  if (entry.collection === 'jurisdictions' && data.kind) return JURISDICTION_KIND_LABELS[data.kind] ?? data.kind;
  if (entry.collection === 'sources' && data.type) return SOURCE_TYPE_LABELS[data.type] ?? data.type;
  return COLLECTION_LABELS[entry.collection].singular;
}
