/**
 * `npm run from-issue`: turns a suggestion form's answers (an issue body, saved to a file) into the
 * entry `npm run new` would write — with the same code — plus its source's entry when the address is
 * new, then runs the content check on the result. The workflow .github/workflows/suggestion-to-pr.yml
 * runs it when a maintainer accepts a suggestion; maintainers and tests run it on saved bodies.
 *
 *   npm run from-issue -- issue.md [--kind quote|letter|position] [--dry-run] [--report out.md]
 *
 * The answers are data: they reach the files through the YAML writer of `npm run new`, and the check
 * refuses what the record does not accept. Exits 1, writing nothing, when there is a problem.
 * --report writes Markdown for GitHub: the pull request's body, or the issue comment with the problems.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent, formatReport, type Problem } from '../src/lib/check/index.ts';
import { readForm } from '../src/lib/from-issue/form-fields.ts';
import { problemsComment, pullRequestBody } from '../src/lib/from-issue/report.ts';
import { planSuggestion, SUGGESTION_KINDS, type SuggestionKind } from '../src/lib/from-issue/suggestion.ts';
import { ISSUE_FORMS } from '../src/lib/issue-forms.ts';
import { readTemplate } from '../src/lib/new-entry/template.ts';
import { CONTENT_DIR } from '../src/lib/content-files.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `Usage: npm run from-issue -- <issue body file> [--kind ${SUGGESTION_KINDS.join('|')}] [--dry-run] [--report <file>] [--content <folder>]`;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    'dry-run': { type: 'boolean' },
    report: { type: 'string' },
    content: { type: 'string', default: CONTENT_DIR },
    help: { type: 'boolean', short: 'h' },
  },
});

/** Problems with the answers name the issue, as problems with a file name the file. */
const ISSUE_NAME = 'issue';

function fail(problems: Problem[], written = false): number {
  console.error(
    `${written ? 'The check refused the result; nothing was kept.' : 'Nothing was written.'}\n${formatReport(problems)}`,
  );
  if (flags.report) writeFileSync(flags.report, problemsComment(problems));
  return 1;
}

async function main(): Promise<number> {
  if (flags.help || positionals.length !== 1) {
    console.log(USAGE);
    return flags.help ? 0 : 1;
  }
  if (flags.kind !== undefined && !(SUGGESTION_KINDS as readonly string[]).includes(flags.kind)) {
    console.error(`--kind: "${flags.kind}" is not one of ${SUGGESTION_KINDS.join(', ')}\n${USAGE}`);
    return 1;
  }
  let body: string;
  try {
    body = readFileSync(path.resolve(positionals[0]!), 'utf8');
  } catch (error) {
    console.error(`Cannot read the issue body: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }

  const contentPath = path.resolve(projectRoot, flags.content);
  // Files are named relative to the project, as the check names them; a tree elsewhere by its full path.
  const relative = path.relative(projectRoot, contentPath);
  const contentDir =
    relative.startsWith('..') || path.isAbsolute(relative) ? contentPath : relative.split(path.sep).join('/');
  const root = path.dirname(contentPath);
  const { entries } = await checkContent(root, path.basename(contentPath));

  const suggestion = planSuggestion({
    body,
    forms: {
      quote: readForm(projectRoot, ISSUE_FORMS.quote),
      letterOrPosition: readForm(projectRoot, ISSUE_FORMS.letterOrPosition),
    },
    ...(flags.kind ? { kind: flags.kind as SuggestionKind } : {}),
    entries,
    template: (collection) => readTemplate(projectRoot, collection),
    contentDir,
    issueName: ISSUE_NAME,
  });
  if (suggestion.problems.length) return fail(suggestion.problems);

  if (flags['dry-run']) {
    for (const file of suggestion.files) console.log(`Would write ${file.file} (${file.role}):\n\n${file.text}`);
  } else {
    const written: string[] = [];
    for (const file of suggestion.files) {
      const full = path.resolve(projectRoot, file.file);
      writeFileSync(full, file.text, { flag: 'wx' });
      written.push(full);
    }
    // The whole check on the record with the new files, as CI will run it on the pull request.
    const { problems } = await checkContent(root, path.basename(contentPath));
    if (problems.length) {
      for (const full of written) rmSync(full);
      return fail(problems, true);
    }
    for (const file of suggestion.files) console.log(`Wrote ${file.file} (${file.role})`);
    console.log('npm run check: no problems.');
  }
  for (const { label, value } of suggestion.kept)
    console.log(`Given in the issue, not written (add by hand): ${label}: ${JSON.stringify(value)}`);
  if (flags.report) writeFileSync(flags.report, pullRequestBody(suggestion));
  return 0;
}

process.exitCode = await main();
