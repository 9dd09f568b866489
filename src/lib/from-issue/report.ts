/**
 * What `npm run from-issue` tells GitHub, as Markdown: the pull request's body when the suggestion
 * became files, or the issue comment with the check's problems when it did not. Everything taken
 * from the issue (answers, and problems that quote them) goes inside a fenced code block longer than
 * any run of backticks in it, so GitHub shows it as typed: no mention, link, image or HTML from a
 * stranger renders in a maintainer's pull request.
 */
import { formatProblem, type Problem } from '../check/problems.ts';
import type { Suggestion } from './suggestion.ts';

/** Text as a fenced code block GitHub shows verbatim, whatever backticks it holds. */
export function fenced(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
}

export function pullRequestBody(suggestion: Suggestion): string {
  const files = suggestion.files.map((file) => `- \`${file.file}\`: ${file.role}`);
  const kept = suggestion.kept.flatMap(({ label, value }) => [`**${label}**`, '', fenced(value), '']);
  return [
    `Written by \`npm run from-issue\` from a suggestion form; \`npm run check\` passes on it.`,
    '',
    'Before merging, read the source and check every fact against it, write the body in our own words',
    '(the comment in each file says what), and add the optional fields the source supports.',
    '',
    '## Files',
    '',
    ...files,
    ...(kept.length
      ? [
          '',
          '## Given in the issue, not written to the files',
          '',
          'Add these by hand where the source supports them.',
          '',
          ...kept,
        ]
      : []),
  ].join('\n');
}

export function problemsComment(problems: readonly Problem[]): string {
  return [
    'This suggestion could not become an entry yet. The content check found:',
    '',
    fenced(problems.map(formatProblem).join('\n')),
    '',
    'Edit the issue to fix these (or a maintainer adds what the record is missing); then a maintainer removes the',
    '`accepted` label and adds it again.',
  ].join('\n');
}
