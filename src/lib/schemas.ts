/**
 * The frontmatter schema of every collection, written once from shared field types. Used by
 * `src/content.config.ts` (Astro's loader) and by the content check, so both accept the same files.
 * Objects are strict: a misspelt field is an error, not silently ignored. A field that names other
 * entries is written with `ref`, `refs` or `actorRef`, which mark it in `referenceMarks`: the check's
 * reference rules, the graph's edges and the open data's foreign keys are read from those marks
 * (src/lib/references.ts), so a new reference field is declared here and nowhere else.
 */
import { z } from 'zod';
import { COLLECTION_LABELS, type CollectionName } from './collections.ts';
import { DATE_RULE, dateInputToString, isFuture, parsePartialDate } from './dates.ts';
import { ID_PATTERN, ID_RULE } from './ids.ts';
import { LANG_RULE, languageTagProblem } from './languages.ts';
import { REGION_RULE, regionCodeProblem } from './regions.ts';
import { STANCES } from './stances.ts';
import { unknownTopicProblem } from './topics.ts';
import { URL_RULE, urlProblem } from './urls.ts';

export const SUMMARY_MAX = 300;
/** A position's subject is read inside its title ("UK Government on …, 26 October 2023"), so it stays short. */
export const SUBJECT_MAX = 80;
export const SUBJECT_RULE = `a short phrase in our own words naming what the position is about, at most ${SUBJECT_MAX} characters, e.g. "Online Safety Act scanning powers"`;

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** A reference target: one collection, or `actors` (a person or an organisation). */
export type ReferenceTarget = CollectionName | 'actors';

/** What marks a field as a reference: where its ids live, and how the link reads from the other end. */
export interface ReferenceMark {
  target: ReferenceTarget;
  /** How the link reads on the linked entry's page, e.g. a quote's `speaker` is "Quotes". */
  backlinkLabel: string;
  /** Words the field may hold instead of an id (a translator's `source`, `project`): they name no entry. */
  keywords?: readonly string[];
  /** What the check says is accepted when the id names no entry, where more than an id is. */
  expected?: string;
}

/** The reference fields' marks, keyed by each field's own schema object (Zod 4 registry). */
export const referenceMarks = z.registry<ReferenceMark>();

/** Text shaped like an entry id; whether that entry exists is the check's job (it needs every entry). */
const idText = () =>
  z.string({ error: `expected an id: ${ID_RULE}` }).regex(ID_PATTERN, { error: `expected an id: ${ID_RULE}` });

/** A field naming one entry of `target`, e.g. `ref('jurisdictions', 'Letters')`. */
export function ref(target: ReferenceTarget, backlinkLabel: string) {
  return idText().register(referenceMarks, { target, backlinkLabel });
}

/** A field naming one person or organisation (they share one set of ids). */
export function actorRef(backlinkLabel: string) {
  return ref('actors', backlinkLabel);
}

/** How many repeated items one list reports: a list pasted 5,000 times over is one mistake. */
const REPEATS_REPORTED = 5;

/**
 * A list that names each item once: a repeat is refused where it appears again, with how often the
 * item is listed. One pass with a map of counts, so a list of thousands costs no more than reading it.
 */
function listedOnce(items: string[], ctx: z.RefinementCtx, what: string): void {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const seen = new Set<string>();
  const reported = new Set<string>();
  items.forEach((item, index) => {
    if (!seen.has(item)) return void seen.add(item);
    if (reported.has(item) || reported.size === REPEATS_REPORTED) return;
    reported.add(item);
    ctx.addIssue({
      code: 'custom',
      path: [index],
      message: `"${item}" is listed ${counts.get(item)} times`,
      params: { expected: `each ${what} once: remove the repeat` },
    });
  });
}

/** A list naming entries of `target`, each once, at least `min` of them. */
export function refs(target: ReferenceTarget, backlinkLabel: string, { min = 0 }: { min?: number } = {}) {
  const what = target === 'actors' ? 'person or organisation' : COLLECTION_LABELS[target].singular.toLowerCase();
  return z
    .array(ref(target, backlinkLabel), { error: `expected a list of ${what} ids, e.g. [first-id, second-id]` })
    .min(min, { error: `needs at least ${min} ${what} id` })
    .superRefine((items, ctx) => listedOnce(items, ctx, what));
}

const date = z.preprocess(
  dateInputToString,
  z.string({ error: `expected ${DATE_RULE}` }).superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    // `params.expected` is what the content check prints after the dash: what would be accepted.
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error, params: { expected: DATE_RULE } });
    else if (isFuture(parsed))
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is in the future`,
        params: { expected: 'a date in the past: the record holds what was said, not what is planned' },
      });
  }),
);

const url = z.string({ error: `expected ${URL_RULE}` }).superRefine((value, ctx) => {
  const problem = urlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { expected: URL_RULE } });
});

const languageTag = z.string({ error: `expected ${LANG_RULE}` }).superRefine((value, ctx) => {
  const problem = languageTagProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { expected: LANG_RULE } });
});

/** Who made a translation: the quote's cited source, this project, or another source entry (by id). */
export const TRANSLATORS = ['source', 'project'] as const;
export const TRANSLATOR_RULE =
  'source (the quote’s cited source gives the translation), project (this project’s own), or the id of the source entry that published it';
/** A translator: a keyword, or a reference to the source entry that published the translation. */
const translator = () =>
  z
    .string({ error: `expected ${TRANSLATOR_RULE}` })
    .regex(ID_PATTERN, { error: `expected ${TRANSLATOR_RULE}` })
    .register(referenceMarks, {
      target: 'sources',
      backlinkLabel: 'Quotes this source translated',
      keywords: TRANSLATORS,
      expected: TRANSLATOR_RULE,
    });

const stance = z.enum(STANCES, { error: `expected one of: ${STANCES.join(', ')}` });
/**
 * How many signatories a letter's sources report, where its named list is partial: a number, a range
 * or a lower bound. A bare number means exactly that many and is read as `{ min: n, max: n }`, so
 * the data always has one shape.
 */
export const REPORTED_RULE =
  'the count the sources report: a whole number (47), a range ({ min: 143, max: 150 }) or a lower bound ({ min: 58 })';
const count = z
  .number({ error: 'expected a whole number' })
  .int({ error: 'expected a whole number' })
  .positive({ error: 'expected a whole number above 0' });
const signatoriesReported = z.preprocess(
  (value) => (Number.isInteger(value) ? { min: value, max: value } : value),
  z
    .strictObject({ min: count, max: count.optional() }, { error: `expected ${REPORTED_RULE}` })
    .superRefine((reported, ctx) => {
      if (reported.max !== undefined && reported.max < reported.min)
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: `${reported.max} is below min (${reported.min})`,
          params: { expected: 'a range from the lower count to the higher' },
        });
    }),
);

const subject = z
  .string({ error: `expected ${SUBJECT_RULE}` })
  .trim()
  .min(1, { error: `must not be empty: give ${SUBJECT_RULE}` })
  .max(SUBJECT_MAX, { error: `is longer than ${SUBJECT_MAX} characters: shorten it` });
const summary = text.max(SUMMARY_MAX, { error: `is longer than ${SUMMARY_MAX} characters: shorten it` });
const wikidata = z.string().regex(/^Q[1-9]\d*$/, { error: 'expected a Wikidata id: Q followed by digits, e.g. Q76' });
const strings = (what: string) =>
  z.array(text, { error: 'expected a list of strings' }).superRefine((items, ctx) => listedOnce(items, ctx, what));

/** A list of topics from the vocabulary (src/lib/topics.ts), each once; an unknown one is refused with the nearest. */
const topics = strings('topic').superRefine((items, ctx) =>
  items.forEach((item, index) => {
    const problem = unknownTopicProblem(item);
    if (problem)
      ctx.addIssue({ code: 'custom', path: [index], message: problem.message, params: { expected: problem.expected } });
  }),
);

const regionCode = z.string({ error: `expected ${REGION_RULE}` }).superRefine((value, ctx) => {
  const problem = regionCodeProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { expected: REGION_RULE } });
});

export const ORGANISATION_KINDS = [
  'government',
  'agency',
  'legislature',
  'court',
  'company',
  'trade-association',
  'civil-society',
  'academic',
  'media',
  'intergovernmental',
] as const;
const JURISDICTION_KINDS = ['country', 'bloc', 'subnational'] as const;
export const SOURCE_TYPES = [
  'news',
  'letter',
  'press-release',
  'transcript',
  'report',
  'legislation',
  'statement',
  'other',
] as const;
const PROVENANCES = ['primary', 'reported'] as const;

const role = z.strictObject({
  title: text,
  organisation: ref('organisations', 'People with a role here').optional(),
  from: date.optional(),
  to: date.optional(),
});

export const schemas = {
  people: z.strictObject({
    name: text,
    roles: z.array(role).optional(),
    jurisdiction: ref('jurisdictions', 'People').optional(),
    wikidata: wikidata.optional(),
    website: url.optional(),
  }),
  organisations: z.strictObject({
    name: text,
    kind: z.enum(ORGANISATION_KINDS, { error: `expected one of: ${ORGANISATION_KINDS.join(', ')}` }),
    jurisdiction: ref('jurisdictions', 'Organisations').optional(),
    parent: ref('organisations', 'Parts of this organisation').optional(),
    members: refs('organisations', 'Member of').optional(),
    aliases: strings('alias').optional(),
    website: url.optional(),
    wikidata: wikidata.optional(),
  }),
  jurisdictions: z.strictObject({
    name: text,
    code: regionCode,
    kind: z.enum(JURISDICTION_KINDS, { error: `expected one of: ${JURISDICTION_KINDS.join(', ')}` }),
  }),
  sources: z.strictObject({
    title: text,
    publisher: text,
    url,
    published: date,
    type: z.enum(SOURCE_TYPES, { error: `expected one of: ${SOURCE_TYPES.join(', ')}` }),
    authors: strings('author').optional(),
    archived: url.optional(),
    accessed: date.optional(),
  }),
  letters: z
    .strictObject({
      title: text,
      date,
      signatories: refs('actors', 'Letters signed', { min: 1 }),
      recipients: refs('actors', 'Letters received', { min: 1 }),
      stance,
      jurisdiction: ref('jurisdictions', 'Letters'),
      summary,
      sources: refs('sources', 'Letters citing this source', { min: 1 }),
      topics: topics.optional(),
      signatories_reported: signatoriesReported.optional(),
    })
    .superRefine((letter, ctx) => {
      // The named list is what the record has read; the sources' count cannot be smaller than it.
      const named = new Set(letter.signatories).size;
      if (letter.signatories_reported && letter.signatories_reported.min < named)
        ctx.addIssue({
          code: 'custom',
          path: ['signatories_reported'],
          message: `reports ${letter.signatories_reported.min} signatories, fewer than the ${named} named in signatories`,
          params: { expected: `at least ${named}, or no signatories_reported when the named list is complete` },
        });
    }),
  quotes: z.strictObject({
    text,
    // Which language `text` is in, and its English rendering; or, where only a translation is known,
    // which language the words were said in. Which combinations are allowed is check/quote-language.ts's.
    lang: languageTag.optional(),
    translation: z.strictObject({ text, by: translator() }).optional(),
    translated_from: languageTag.optional(),
    translated_by: translator().optional(),
    speaker: actorRef('Quotes'),
    date,
    stance,
    sources: refs('sources', 'Quotes citing this source', { min: 1 }),
    letter: ref('letters', 'Quotes taken from this letter').optional(),
    provenance: z.enum(PROVENANCES, { error: `expected one of: ${PROVENANCES.join(', ')}` }).optional(),
    jurisdiction: ref('jurisdictions', 'Quotes').optional(),
    context: text.optional(),
    topics: topics.optional(),
  }),
  positions: z.strictObject({
    jurisdiction: ref('jurisdictions', 'Positions'),
    actor: ref('organisations', 'Positions held'),
    subject,
    stance,
    date,
    summary,
    sources: refs('sources', 'Positions citing this source', { min: 1 }),
    quotes: refs('quotes', 'Positions this quote shows').optional(),
    letters: refs('letters', 'Positions this letter shows').optional(),
    supersedes: ref('positions', 'Superseded by').optional(),
  }),
} satisfies Record<CollectionName, z.ZodType>;

export type EntryData = { [C in CollectionName]: z.output<(typeof schemas)[C]> };
export type Person = EntryData['people'];
export type Organisation = EntryData['organisations'];
export type Jurisdiction = EntryData['jurisdictions'];
export type Source = EntryData['sources'];
export type Letter = EntryData['letters'];
export type Quote = EntryData['quotes'];
export type Position = EntryData['positions'];

/** Field names every collection accepts, for "did you mean" hints on unknown fields. */
export function fieldsOf(collection: CollectionName): string[] {
  return Object.keys(schemas[collection].shape);
}
