/**
 * The check's problems as GitHub workflow annotations (`::error file=…,line=…,title=…::…`), so a
 * pull request shows each one on its diff, at its line. Printed beside the plain report, never
 * instead of it, and only when GitHub Actions runs the check (it sets `GITHUB_ACTIONS=true`).
 *
 * GitHub's escaping: in the message `%`, CR and LF are `%25`, `%0D`, `%0A`; in a property
 * (file, line, title) also `:` and `,` as `%3A` and `%2C`, since they separate the properties.
 */
import { type Problem, sortProblems } from './problems.ts';

/** A message, escaped as GitHub reads a workflow command's data. */
export function escapeAnnotationMessage(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value (file, title), escaped as GitHub reads a workflow command's properties. */
export function escapeAnnotationProperty(text: string): string {
  return escapeAnnotationMessage(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One problem as an `::error` workflow command. */
export function problemAnnotation(problem: Problem): string {
  const properties = [`file=${escapeAnnotationProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeAnnotationProperty(`Content check: ${problem.field ?? 'file'}`)}`);
  const message = `${problem.message}${problem.expected ? ` — ${problem.expected}` : ''}`;
  return `::error ${properties.join(',')}::${escapeAnnotationMessage(message)}`;
}

/** Whether the check runs under GitHub Actions, which sets GITHUB_ACTIONS=true in every step. */
export function inGitHubActions(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.GITHUB_ACTIONS) && env.GITHUB_ACTIONS !== 'false';
}

/** Every problem as an annotation, in report order, one a line. */
export function annotations(problems: readonly Problem[]): string {
  return sortProblems([...problems])
    .map(problemAnnotation)
    .join('\n');
}
