/**
 * Turns the answers of a suggestion form into the entries `npm run new` would write: the letter,
 * quote or position, its source's entry when the address is new to the record, and a person when a
 * quote's speaker is. Every file is planned by src/lib/new-entry/plan.ts, the code behind
 * `npm run new`, so values reach the file through its YAML writer and are checked by the content
 * check's own functions. Answers the new-entry code does not take (the language, a translation, the
 * context…) are kept for the maintainer, who adds them by hand.
 */
import type { CheckedEntry } from '../check/index.ts';
import type { Problem } from '../check/problems.ts';
import type { CollectionName } from '../collections.ts';
import type { EntryFile } from '../content-files.ts';
import { IdIndex } from '../id-index.ts';
import { planEntry, suggestId, type Values } from '../new-entry/plan.ts';
import { answersById, type Form, wroteBody } from './form-fields.ts';
import { headingLabels, readAnswers } from './issue-body.ts';
import { RecordLookup } from './record-lookup.ts';

export const SUGGESTION_KINDS = ['quote', 'letter', 'position'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/**
 * GitHub refuses an issue body longer than this ("Body is too long (maximum is 65536 characters)"),
 * so a longer one did not come from a form: refused whole, before any of it is read.
 */
const ISSUE_BODY_MAX = 65_536;

const COLLECTION_OF: Record<SuggestionKind, CollectionName> = {
  quote: 'quotes',
  letter: 'letters',
  position: 'positions',
};

/** The letter-or-position form's "What is it" answers. */
const KIND_ANSWERS: Record<string, SuggestionKind> = { 'A letter': 'letter', 'A government position': 'position' };

/** Form fields whose answers each kind writes to its files; the rest go to the maintainer. */
const WRITTEN: Record<SuggestionKind, readonly string[]> = {
  quote: ['speaker', 'text', 'date', 'stance'],
  letter: ['kind', 'title', 'signatories', 'recipients', 'jurisdiction', 'date', 'stance', 'summary'],
  position: ['kind', 'actor', 'subject', 'jurisdiction', 'date', 'stance', 'summary'],
};
const SOURCE_FIELDS = ['url', 'source-title', 'source-publisher', 'source-published', 'source-type'];
/** Answers that say nothing the maintainer needs: the form's own checks (and the default language, below). */
const NOT_KEPT = new Set(['confirm']);

interface PlannedFile {
  collection: CollectionName;
  id: string;
  /** Relative to the project root, as `npm run new` names it. */
  file: string;
  text: string;
  /** Why this file exists, for the pull request. */
  role: string;
}

export interface Suggestion {
  kind?: SuggestionKind;
  /** The files to write, in the order they depend on each other; empty when there are problems. */
  files: PlannedFile[];
  problems: Problem[];
  /** Answers given in the issue that no file holds: for the maintainer to add by hand. */
  kept: { label: string; value: string }[];
}

interface SuggestionInput {
  body: string;
  /** The suggestion forms: "Suggest a quote" and "Suggest a letter or government position". */
  forms: { quote: Form; letterOrPosition: Form };
  /** Given by the maintainer; otherwise read from the form and its answers. */
  kind?: SuggestionKind;
  /** What the content check read of the record. */
  entries: readonly CheckedEntry[];
  template(collection: CollectionName): string;
  contentDir?: string;
  /** How problems with the answers name where they are: the issue. */
  issueName: string;
}

/** The first word of a dropdown answer ("opposes (against such requirements)" → "opposes"). */
function firstWord(answer: string): string {
  return answer.trim().split(/\s+/)[0]!.toLowerCase();
}

/** Names one a line, as the form asks; a single line may list them with commas or semicolons. */
function names(answer: string): string[] {
  const lines = answer.split('\n').filter((line) => line.trim());
  return (lines.length > 1 ? lines : answer.split(/[,;]/))
    .map((name) => name.replace(/^\s*[-*]\s+/, '').trim())
    .filter(Boolean);
}

/** The id itself, or with -2, -3… when the record (or this suggestion) already has it. */
function freeId(collection: CollectionName, id: string, ids: IdIndex): string {
  if (!id || !ids.takenBy(collection, id)) return id;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!ids.takenBy(collection, candidate)) return candidate;
  }
}

export function planSuggestion(input: SuggestionInput): Suggestion {
  const { forms, entries, issueName } = input;
  const problems: Problem[] = [];
  const issueProblem = (field: string, message: string, expected: string) =>
    problems.push({ file: issueName, field, message, expected });

  if (input.body.length > ISSUE_BODY_MAX) {
    issueProblem(
      'body',
      `is ${input.body.length.toLocaleString('en')} characters long`,
      `at most ${ISSUE_BODY_MAX.toLocaleString('en')}, as GitHub allows an issue body`,
    );
    return { files: [], problems, kept: [] };
  }

  // Which form wrote the body: the one whose fields it has (or the one the maintainer named).
  const headings = headingLabels(input.body);
  const form =
    input.kind === 'quote'
      ? forms.quote
      : input.kind
        ? forms.letterOrPosition
        : [forms.quote, forms.letterOrPosition].find((candidate) => wroteBody(candidate, headings));
  if (!form) {
    issueProblem(
      'body',
      'is not the answers of a suggestion form',
      `the body of an issue opened with “${forms.quote.name}” or “${forms.letterOrPosition.name}”, unchanged`,
    );
    return { files: [], problems, kept: [] };
  }

  const { byLabel, repeated } = readAnswers(
    input.body,
    form.fields.map((field) => field.label),
  );
  for (const label of repeated)
    issueProblem(label, 'is given more than once', 'each field once, as the form writes it: edit the issue');
  const answers = answersById(form, byLabel);
  const labelOf = (id: string) => form.fields.find((field) => field.id === id)!.label;

  const kindField = form.fields.find((field) => field.id === 'kind');
  const kind: SuggestionKind | undefined =
    input.kind ?? (form === forms.quote ? 'quote' : KIND_ANSWERS[answers.kind ?? '']);
  if (!kind) {
    issueProblem(
      kindField!.label,
      answers.kind ? `${JSON.stringify(answers.kind)} is not one of the form’s choices` : 'is required',
      Object.keys(KIND_ANSWERS).join(' or '),
    );
    return { files: [], problems, kept: [] };
  }
  const collection = COLLECTION_OF[kind];

  const lookup = new RecordLookup(entries);
  const known: EntryFile[] = entries.map(({ file, collection, id }) => ({ file, collection, id }));
  const files: PlannedFile[] = [];
  /** Plans one file with npm run new's code; its id counts as taken even when it has problems. */
  const plan = (planned: CollectionName, id: string, values: Values, role: string) => {
    const result = planEntry({
      collection: planned,
      id,
      values,
      template: input.template(planned),
      ids: new IdIndex(known),
      ...(input.contentDir ? { contentDir: input.contentDir } : {}),
    });
    known.push({ file: result.file, collection: planned, id });
    if (result.text) files.push({ collection: planned, id, file: result.file, text: result.text, role });
    else problems.push(...result.problems);
  };
  const freshId = (planned: CollectionName, values: Values) =>
    freeId(planned, suggestId(planned, values), new IdIndex(known));

  // The source: the record's own entry for this address, or a new one from the form's answers.
  let sourceId = lookup.sourceByUrl(answers.url ?? '');
  if (!sourceId) {
    const values: Values = {
      title: answers['source-title'] ?? '',
      publisher: answers['source-publisher'] ?? '',
      url: answers.url ?? '',
      published: answers['source-published'] ?? '',
      type: firstWord(answers['source-type'] ?? ''),
    };
    sourceId = freshId('sources', values) || 'new-source';
    plan('sources', sourceId, values, 'new source: the address was not in the record yet');
  }

  /** One person or organisation by name; a problem when the record has none or several. */
  const actor = (field: string, name: string, unknown: 'report' | 'pass') => {
    const ids = lookup.actors(name);
    if (ids.length === 1) return ids[0]!;
    if (ids.length > 1)
      issueProblem(
        labelOf(field),
        `${JSON.stringify(name)} names more than one person or organisation (${ids.join(', ')})`,
        'one of those ids',
      );
    else if (unknown === 'report')
      issueProblem(
        labelOf(field),
        `${JSON.stringify(name)} is not a person or organisation in the record`,
        'a name, alias or id of a file in content/people/ or content/organisations/ (a maintainer adds new ones first)',
      );
    return name;
  };

  const values: Values = {
    date: answers.date ?? '',
    stance: firstWord(answers.stance ?? ''),
    sources: [sourceId],
  };
  if (kind === 'quote') {
    values.text = answers.text ?? '';
    const name = answers.speaker ?? '';
    const found = lookup.actors(name);
    if (found.length === 0 && name) {
      // Someone new to the record: a person with the name as given (the maintainer checks it).
      const person = freshId('people', { name }) || 'new-person';
      plan('people', person, { name }, 'new person: the speaker was not in the record yet');
      values.speaker = person;
    } else {
      values.speaker = actor('speaker', name, 'report');
    }
  } else {
    values.jurisdiction = lookup.jurisdiction(answers.jurisdiction ?? '') ?? answers.jurisdiction ?? '';
    values.summary = answers.summary ?? '';
    if (kind === 'letter') {
      values.title = answers.title ?? '';
      values.signatories = names(answers.signatories ?? '').map((name) => actor('signatories', name, 'report'));
      values.recipients = names(answers.recipients ?? '').map((name) => actor('recipients', name, 'report'));
    } else {
      values.actor = answers.actor ? actor('actor', answers.actor, 'pass') : '';
      values.subject = answers.subject ?? '';
    }
  }
  plan(collection, freshId(collection, values) || `new-${kind}`, values, `the suggested ${kind}`);

  const written = new Set([...WRITTEN[kind], ...SOURCE_FIELDS]);
  const kept = form.fields
    .filter((field) => !written.has(field.id) && !NOT_KEPT.has(field.id))
    .filter((field) => !(field.id === 'lang' && answers.lang === 'en'))
    .map((field) => ({ label: field.label, value: answers[field.id] ?? '' }))
    .filter(({ value }) => value !== '');
  // The entry first in the list of files, then what it needs.
  files.reverse();
  return problems.length ? { kind, files: [], problems, kept } : { kind, files, problems, kept };
}
