/**
 * The frontmatter schema of every collection, written once from shared field types. Used by
 * `src/content.config.ts` (Astro's loader) and by the content check, so both accept the same files.
 * Objects are strict: a misspelt field is an error, not silently ignored.
 */
import { z } from 'zod';
import type { CollectionName } from './collections.ts';
import { DATE_RULE, dateInputToString, isFuture, parsePartialDate } from './dates.ts';
import { ID_PATTERN, ID_RULE } from './ids.ts';
import { LANG_RULE, languageTagProblem } from './languages.ts';
import { REGION_RULE, regionCodeProblem } from './regions.ts';
import { STANCES } from './stances.ts';
import { URL_RULE, urlProblem } from './urls.ts';

const SUMMARY_MAX = 300;

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** An entry id used as a reference; whether it exists is the check's job (it needs every entry). */
const id = z.string({ error: `expected an id: ${ID_RULE}` }).regex(ID_PATTERN, { error: `expected an id: ${ID_RULE}` });

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

const ids = (min: number, what: string) =>
  z
    .array(id, { error: `expected a list of ${what} ids, e.g. [first-id, second-id]` })
    .min(min, { error: `needs at least ${min} ${what} id` })
    .superRefine((items, ctx) => listedOnce(items, ctx, what));

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
const translator = z
  .string({ error: `expected ${TRANSLATOR_RULE}` })
  .regex(ID_PATTERN, { error: `expected ${TRANSLATOR_RULE}` });

const stance = z.enum(STANCES, { error: `expected one of: ${STANCES.join(', ')}` });
const summary = text.max(SUMMARY_MAX, { error: `is longer than ${SUMMARY_MAX} characters: shorten it` });
const wikidata = z.string().regex(/^Q[1-9]\d*$/, { error: 'expected a Wikidata id: Q followed by digits, e.g. Q76' });
const strings = (what: string) =>
  z.array(text, { error: 'expected a list of strings' }).superRefine((items, ctx) => listedOnce(items, ctx, what));

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
  organisation: id.optional(),
  from: date.optional(),
  to: date.optional(),
});

export const schemas = {
  people: z.strictObject({
    name: text,
    roles: z.array(role).optional(),
    jurisdiction: id.optional(),
    wikidata: wikidata.optional(),
    website: url.optional(),
  }),
  organisations: z.strictObject({
    name: text,
    kind: z.enum(ORGANISATION_KINDS, { error: `expected one of: ${ORGANISATION_KINDS.join(', ')}` }),
    jurisdiction: id.optional(),
    parent: id.optional(),
    members: ids(0, 'organisation').optional(),
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
  letters: z.strictObject({
    title: text,
    date,
    signatories: ids(1, 'person or organisation'),
    recipients: ids(1, 'person or organisation'),
    stance,
    jurisdiction: id,
    summary,
    sources: ids(1, 'source'),
    topics: strings('topic').optional(),
  }),
  quotes: z.strictObject({
    text,
    // Which language `text` is in, and its English rendering; or, where only a translation is known,
    // which language the words were said in. Which combinations are allowed is check/quote-language.ts's.
    lang: languageTag.optional(),
    translation: z.strictObject({ text, by: translator }).optional(),
    translated_from: languageTag.optional(),
    translated_by: translator.optional(),
    speaker: id,
    date,
    stance,
    sources: ids(1, 'source'),
    letter: id.optional(),
    provenance: z.enum(PROVENANCES, { error: `expected one of: ${PROVENANCES.join(', ')}` }).optional(),
    jurisdiction: id.optional(),
    context: text.optional(),
    topics: strings('topic').optional(),
  }),
  positions: z.strictObject({
    jurisdiction: id,
    actor: id,
    stance,
    date,
    summary,
    sources: ids(1, 'source'),
    quotes: ids(0, 'quote').optional(),
    letters: ids(0, 'letter').optional(),
    supersedes: id.optional(),
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
