/**
 * The issue forms in .github/ISSUE_TEMPLATE/ and the links that open them: "Suggest a quote",
 * "Suggest a letter or government position" and "Report an error". A link names its form and can
 * fill in fields by their `id` (GitHub reads them from the query string); the site links to them
 * only when package.json's `repository` is on GitHub, the same repository "Edit this page" uses.
 */
import type { CollectionName } from './collections.ts';
import { githubRepository } from './edit-url.ts';

/** Where the forms live, relative to the project root (which is the repository's root). */
export const ISSUE_TEMPLATE_DIR = '.github/ISSUE_TEMPLATE';

/** Each form's file name, which is also its `template` parameter. */
export const ISSUE_FORMS = {
  quote: 'suggest-quote.yml',
  letterOrPosition: 'suggest-letter-or-position.yml',
  reportError: 'report-error.yml',
} as const;

export type IssueForm = (typeof ISSUE_FORMS)[keyof typeof ISSUE_FORMS];

/** `https://github.com/<owner>/<repo>/issues/new`, or undefined when the repository is not on GitHub. */
export function newIssueBase(repository: unknown): string | undefined {
  const github = githubRepository(repository);
  return github ? `https://github.com/${github}/issues/new` : undefined;
}

/** A link that opens a form, with fields filled in; every value is escaped as a query parameter. */
export function issueFormUrl(base: string, form: IssueForm, prefill: Record<string, string> = {}): string {
  return `${base}?${new URLSearchParams({ template: form, ...prefill }).toString()}`;
}

/** "Report an error in this entry": the form, with the entry (`quotes/<id>`) and its title filled in. */
export function reportErrorUrl(base: string, collection: CollectionName, id: string, title: string): string {
  return issueFormUrl(base, ISSUE_FORMS.reportError, { entry: `${collection}/${id}`, title: `Error: ${title}` });
}
