/**
 * `npm run new`: scaffolds an entry from its template. Asks for the kind and each required field
 * (or takes them as flags), checks the answers, the new id and every referenced id against the
 * content, writes a file `npm run check` accepts, and prints its path and page.
 *
 *   npm run new
 *   npm run new -- --kind quote --speaker josh-earnest --text "…" --date 2015-06-09 \
 *                  --stance undecided --sources reuters-2015-06-09-first-wire-version [--id …]
 *
 * Lists (sources, signatories, recipients) are ids separated by commas. Without --id, an id is
 * suggested from the answers. Answers can also come on standard input, one a line. A quote not in
 * English takes --lang <tag> --translation "<English>" --translation-by <source|project|source id>.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prefixBase } from '../src/lib/base-path.ts';
import { BuildSettingError, readBuildSettings } from '../src/lib/build-settings.ts';
import { formatProblem } from '../src/lib/check/problems.ts';
import { COLLECTION_LABELS, COLLECTIONS, type CollectionName } from '../src/lib/collections.ts';
import { CONTENT_DIR, listContent } from '../src/lib/content-files.ts';
import { IdIndex } from '../src/lib/id-index.ts';
import { answerValue, askedFields } from '../src/lib/new-entry/fields.ts';
import { answerProblem, idProblem, planEntry, suggestId, type Values } from '../src/lib/new-entry/plan.ts';
import { readTemplate } from '../src/lib/new-entry/template.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const FIELD_FLAGS = [
  ...new Set(COLLECTIONS.flatMap((collection) => askedFields(collection).map((field) => field.name))),
];

const { values: flags } = parseArgs({
  options: {
    kind: { type: 'string' },
    id: { type: 'string' },
    content: { type: 'string', default: CONTENT_DIR },
    help: { type: 'boolean', short: 'h' },
    lang: { type: 'string' },
    translation: { type: 'string' },
    'translation-by': { type: 'string' },
    ...Object.fromEntries(FIELD_FLAGS.map((name) => [name, { type: 'string' as const }])),
  },
});
const flag = (name: string) => (flags as Record<string, string | boolean | undefined>)[name] as string | undefined;

/** `quote`, `quotes`, `Quote` and `person` all name their collection. */
function collectionOf(kind: string): CollectionName | undefined {
  const wanted = kind.trim().toLowerCase();
  return COLLECTIONS.find(
    (collection) => collection === wanted || COLLECTION_LABELS[collection].singular.toLowerCase() === wanted,
  );
}
const KINDS = COLLECTIONS.map((collection) => COLLECTION_LABELS[collection].singular.toLowerCase()).join(', ');

if (flags.help) {
  console.log(
    `Usage: npm run new [-- --kind <${KINDS}> --<field> <value> … --id <id>]\nAsks for what is not given. Lists are ids separated by commas.\nA quote not in English: --lang <BCP 47 tag, e.g. de> --translation "<English rendering>" --translation-by <source | project | id of the source that published it>.`,
  );
  process.exit(0);
}

// Answers come from a terminal or a pipe, one a line; an async iterator keeps piped lines that
// arrive before their question is asked.
const input = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
const lines = input[Symbol.asyncIterator]();
let interactive = false;
async function ask(question: string): Promise<string> {
  interactive = true;
  process.stdout.write(`${question}: `);
  const next = await lines.next();
  if (next.done) throw new NoAnswer(question);
  if (!process.stdin.isTTY) process.stdout.write('\n');
  return next.value;
}
class NoAnswer extends Error {}

/** Asks until the answer passes `problemOf`, or, for a flag, reports its problem once. */
async function answer<T>(
  given: string | undefined,
  question: string,
  parse: (raw: string) => T,
  problemOf: (value: T) => string | undefined,
): Promise<{ value: T; problem?: string }> {
  if (given !== undefined) {
    const value = parse(given);
    const problem = problemOf(value);
    return problem ? { value, problem } : { value };
  }
  for (;;) {
    const value = parse(await ask(question));
    const problem = problemOf(value);
    if (!problem) return { value };
    console.log(`  ${problem}`);
  }
}

const describe = (issue: { field?: string; message: string; expected?: string } | undefined) =>
  issue && `${issue.field}: ${issue.message}${issue.expected ? ` — ${issue.expected}` : ''}`;

async function main(): Promise<number> {
  const contentPath = path.resolve(projectRoot, flags.content);
  // Files are named relative to the project, as the check names them; a tree elsewhere by its full path.
  const relative = path.relative(projectRoot, contentPath);
  const contentDir =
    relative.startsWith('..') || path.isAbsolute(relative) ? contentPath : relative.split(path.sep).join('/');
  // Named as `npm run check` names them: from the content folder down.
  const ids = new IdIndex(listContent(path.dirname(contentPath), path.basename(contentPath)).entries);
  const problems: string[] = [];

  const kind = await answer(
    flags.kind,
    `Kind of entry (${KINDS})`,
    (raw) => collectionOf(raw),
    (collection) => (collection ? undefined : `kind: not one of ${KINDS}`),
  );
  if (!kind.value) {
    console.error(kind.problem);
    return 1;
  }
  const collection = kind.value;

  const values: Values = {};
  for (const field of askedFields(collection)) {
    const choices = field.choices ? ` (${field.choices.join(', ')})` : '';
    const result = await answer(
      flag(field.name),
      `${field.question}${choices}\n${field.name}`,
      (raw) => answerValue(field, raw),
      (value) => describe(answerProblem(collection, field, value, ids)),
    );
    values[field.name] = result.value;
    if (result.problem) problems.push(`--${result.problem}`);
  }

  const suggested = suggestId(collection, values);
  const givenId = flag('id') ?? (interactive ? undefined : suggested);
  const id = await answer(
    givenId,
    `Id, the file name without .mdx (Enter for ${suggested})`,
    (raw) => raw.trim() || suggested,
    (value) => describe(idProblem(collection, value, ids)),
  );
  if (id.problem) problems.push(`--${id.problem}`);

  if (problems.length) {
    console.error(`Nothing was written:\n${problems.join('\n')}`);
    return 1;
  }
  const plan = planEntry({
    collection,
    id: id.value,
    values,
    template: readTemplate(projectRoot, collection),
    ids,
    contentDir,
    language: { lang: flags.lang, translation: flags.translation, translationBy: flags['translation-by'] },
  });
  if (!plan.text) {
    console.error(`Nothing was written:\n${plan.problems.map(formatProblem).join('\n')}`);
    return 1;
  }
  writeFileSync(path.resolve(projectRoot, plan.file), plan.text, { flag: 'wx' });
  console.log(`\nWrote ${plan.file}\nIts page: ${plan.sitePath} (${pageAddress(plan.sitePath)})`);
  console.log(
    'Next: write the body in your own words, add the optional fields your sources support (see the comments in the file), then run npm run check.',
  );
  return 0;
}

/** Where the new page will be, read from SITE_URL and BASE_PATH as the build reads them. */
function pageAddress(sitePath: string): string {
  try {
    const { site, base } = readBuildSettings(process.env);
    const address = `${site}${prefixBase(base, sitePath)}`;
    return process.env.SITE_URL ? address : `${address} with npm run dev`;
  } catch (error) {
    if (!(error instanceof BuildSettingError)) throw error;
    return error.message;
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof NoAnswer)) throw error;
  console.error(
    `\nNo answer for "${error.message.split('\n').at(-1)}": give it on the next line, or as a flag (npm run new -- --help).`,
  );
  process.exitCode = 1;
} finally {
  input.close();
}
