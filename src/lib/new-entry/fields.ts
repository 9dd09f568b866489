/**
 * The fields `npm run new` asks for: each collection's required fields, read from its schema (so the
 * two cannot drift), with a question for each and the shape its answer takes.
 */
import type { CollectionName } from '../collections.ts';
import { REFERENCE_FIELDS, type ReferenceTarget } from '../references.ts';
import { schemas } from '../schemas.ts';

export interface AskedField {
  name: string;
  /** The question, in the contributor's terms. */
  question: string;
  /** `ids` answers are comma-separated lists; `id` answers name one entry; the rest are text. */
  shape: 'id' | 'ids' | 'text';
  /** For id and ids: where the ids must exist. */
  target?: ReferenceTarget;
  /** For a field with a fixed vocabulary: its values. */
  choices?: readonly string[];
}

const QUESTIONS: Record<string, string> = {
  name: 'Name, as sources usually give it',
  kind: 'Kind',
  code: 'ISO 3166-1 alpha-2 code in capitals (GB, US, DE), or EU',
  title: 'Title, as the source gives it',
  publisher: 'Publisher (the outlet, agency or organisation)',
  url: 'Address where you read it (https://…)',
  published: 'Date published (YYYY-MM-DD, or YYYY-MM or YYYY)',
  type: 'Type of source',
  date: 'Date (YYYY-MM-DD, or YYYY-MM or YYYY)',
  signatories: 'Signed by: ids of people or organisations, separated by commas',
  recipients: 'Sent to: ids of people or organisations, separated by commas',
  stance: 'Stance: should providers be required to give authorities exceptional access to encrypted data?',
  jurisdiction: 'Jurisdiction: the id of a file in content/jurisdictions/',
  summary: 'Summary in your own words, at most 300 characters',
  sources: 'Sources you have read: ids of files in content/sources/, separated by commas',
  text: 'The exact words, as the source gives them',
  speaker: 'Speaker: the id of a person or organisation',
  actor: 'The government body that holds the position: the id of an organisation',
  subject:
    'What the position is about, in a short phrase of your own, at most 80 characters (read as "<body> on <subject>", e.g. Online Safety Act scanning powers)',
};

function isRequired(collection: CollectionName, field: string): boolean {
  const shape = schemas[collection].shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  return !shape[field]!.safeParse(undefined).success;
}

/** The required fields of a collection, in the schema's order. */
export function askedFields(collection: CollectionName): AskedField[] {
  const shape = schemas[collection].shape as Record<string, { options?: readonly string[] }>;
  return Object.keys(shape)
    .filter((name) => isRequired(collection, name))
    .map((name) => {
      const reference = REFERENCE_FIELDS[collection].find((field) => field.field === name);
      const question = QUESTIONS[name];
      if (!question)
        throw new Error(
          `npm run new has no question for ${collection}.${name}: add one to src/lib/new-entry/fields.ts`,
        );
      const field: AskedField = {
        name,
        question,
        shape: reference ? (reference.shape === 'list' ? 'ids' : 'id') : 'text',
      };
      if (reference) field.target = reference.target;
      if (shape[name]!.options) field.choices = shape[name]!.options;
      return field;
    });
}

/** Turns a typed answer into the field's value: a list for `ids`, trimmed text otherwise. */
export function answerValue(field: AskedField, answer: string): string | string[] {
  if (field.shape === 'ids') return answer.split(/[\s,]+/).filter(Boolean);
  return answer.trim();
}
