/**
 * Plans a new entry from a contributor's answers: checks each answer, the id and every referenced
 * id, fills the template, and validates the result with the content check's own functions, so a
 * file is only written when `npm run check` would accept it.
 */
import { checkBody } from '../check/body-check.ts';
import { parseEntry } from '../check/parse-entry.ts';
import type { Problem } from '../check/problems.ts';
import { quoteLanguageProblems } from '../check/quote-language.ts';
import { schemaProblems } from '../check/schema-problems.ts';
import type { CollectionName } from '../collections.ts';
import { entryPath, sitePageAt } from '../routes.ts';
import { entryFile } from '../content-files.ts';
import { type IdIndex, idTakenProblem } from '../id-index.ts';
import { ID_RULE, isValidId } from '../ids.ts';
import { schemas, TRANSLATOR_RULE, TRANSLATORS } from '../schemas.ts';

import { type AskedField, askedFields } from './fields.ts';
import { hasLanguageAnswers, type LanguageAnswers, withLanguage } from './language.ts';
import { fillTemplate } from './template.ts';

export type Values = Record<string, string | string[]>;

/** What is wrong with one answer, with what would be accepted; undefined when it is fine. */
export function answerProblem(
  collection: CollectionName,
  field: AskedField,
  value: string | string[],
  ids: IdIndex,
): Omit<Problem, 'file'> | undefined {
  const schema = (
    schemas[collection].shape as Record<
      string,
      {
        safeParse(value: unknown): {
          success: boolean;
          error?: { issues: { message: string; params?: { expected?: string } }[] };
        };
      }
    >
  )[field.name]!;
  const empty = Array.isArray(value) ? value.length === 0 : value === '';
  if (empty) return { field: field.name, message: 'is required', expected: field.question };
  const result = schema.safeParse(value);
  if (!result.success) {
    // Worded as the check words it: our own rules name the value and say what is accepted; Zod's say only the latter.
    const issue = result.error!.issues[0]!;
    const expected = issue.params?.expected;
    return expected
      ? { field: field.name, message: issue.message, expected }
      : { field: field.name, message: `found ${JSON.stringify(value)}`, expected: issue.message };
  }
  if (field.target) {
    // Worded as the check words a missing reference; the first one stands for the rest.
    for (const id of Array.isArray(value) ? value : [value]) {
      const problem = ids.referenceProblem(field.target, id);
      if (problem) return { field: field.name, ...problem };
    }
  }
  return undefined;
}

/** What is wrong with a new id; undefined when it is valid and free. */
export function idProblem(collection: CollectionName, id: string, ids: IdIndex): Omit<Problem, 'file'> | undefined {
  if (!isValidId(id)) return { field: 'id', message: `"${id}" is not a valid id`, expected: ID_RULE };
  const page = sitePageAt(collection, id);
  if (page)
    return {
      field: 'id',
      message: `"${id}" would put the entry at ${page}, which is the site’s own page`,
      expected: 'another id',
    };
  const taken = ids.takenBy(collection, id);
  return taken ? { field: 'id', ...idTakenProblem(collection, id, taken) } : undefined;
}

/** Lower-case words joined by hyphens, at most `max` characters, cut at a word. */
export function slugify(text: string, max = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || words.join('-').slice(0, max);
}

/** An id in the style of the record's own (content/), from the answers so far. */
export function suggestId(collection: CollectionName, values: Values): string {
  const text = (name: string) => String(values[name] ?? '');
  const firstWords = (value: string, count: number) => value.split(/\s+/).slice(0, count).join(' ');
  switch (collection) {
    case 'jurisdictions':
      return text('code').toLowerCase();
    case 'people':
    case 'organisations':
      return slugify(text('name'));
    case 'sources':
      return slugify(`${text('publisher')} ${text('published')} ${firstWords(text('title'), 4)}`);
    case 'letters':
      return slugify(`${firstWords(text('title'), 6)} ${text('date').slice(0, 4)}`);
    case 'quotes':
      return slugify(`${text('speaker')} ${firstWords(text('text'), 5)}`);
    case 'positions':
      // The subject says what the position is about, as the record's own ids do; the stance is the fallback.
      return slugify(`${text('jurisdiction')} ${text('date')} ${firstWords(text('subject'), 4) || text('stance')}`);
  }
}

interface EntryPlan {
  /** The file to write, relative to the project root. */
  file: string;
  /** The page it will have. */
  sitePath: string;
  /** The file's text; undefined when there are problems. */
  text?: string;
  problems: Problem[];
}

export function planEntry(options: {
  collection: CollectionName;
  id: string;
  values: Values;
  template: string;
  ids: IdIndex;
  contentDir?: string;
  /** A quote's language and translation, when it is not in English. */
  language?: LanguageAnswers;
}): EntryPlan {
  const { collection, id, values, template, ids, language = {} } = options;
  const file = entryFile(collection, id, options.contentDir);
  const sitePath = entryPath(collection, id);
  const problems: Problem[] = [];
  const idIssue = idProblem(collection, id, ids);
  if (idIssue) problems.push({ file, ...idIssue });
  for (const field of askedFields(collection)) {
    const issue = answerProblem(collection, field, values[field.name] ?? '', ids);
    if (issue) problems.push({ file, ...issue });
  }
  if (hasLanguageAnswers(language)) {
    if (collection !== 'quotes')
      problems.push({
        file,
        field: 'lang',
        message: 'only a quote records the language of its words',
        expected: 'leave out --lang, --translation and --translation-by',
      });
    const by = language.translationBy?.trim();
    const byProblem =
      by && !(TRANSLATORS as readonly string[]).includes(by) ? ids.referenceProblem('sources', by) : undefined;
    if (byProblem) problems.push({ file, field: 'translation.by', ...byProblem, expected: TRANSLATOR_RULE });
  }
  if (problems.length) return { file, sitePath, problems };

  const text = withLanguage(fillTemplate(template, values), language);
  // The same functions as `npm run check`, on the text before it is written.
  const parsed = parseEntry({ file, collection, id, text });
  problems.push(...parsed.problems);
  if (parsed.entry) {
    const schema = schemaProblems(parsed.entry);
    problems.push(...schema.problems, ...quoteLanguageProblems(parsed.entry, schema.data));
    const bodyLine = parsed.entry.bodyLine;
    problems.push(
      ...checkBody(parsed.entry.body).problems.map(({ line, ...problem }) => ({
        file,
        field: 'body',
        ...(line ? { line: bodyLine + line - 1 } : {}),
        ...problem,
      })),
    );
  }
  return problems.length ? { file, sitePath, problems } : { file, sitePath, text, problems };
}
