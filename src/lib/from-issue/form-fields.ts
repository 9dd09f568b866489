/**
 * The fields of an issue form, read from its YAML in .github/ISSUE_TEMPLATE/: each field's `id` and
 * the `label` its answer is written under in the issue body. `npm run from-issue` reads the forms
 * themselves, so renaming a label there cannot leave it reading the old one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ISSUE_TEMPLATE_DIR, type IssueForm } from '../issue-forms.ts';

interface FormField {
  id: string;
  label: string;
  type: string;
  required: boolean;
}

interface FormYaml {
  name: string;
  body: { type: string; id?: string; attributes?: { label?: string }; validations?: { required?: boolean } }[];
}

export interface Form {
  file: IssueForm;
  name: string;
  fields: FormField[];
}

export function readForm(projectRoot: string, file: IssueForm): Form {
  const yaml = parse(readFileSync(path.join(projectRoot, ISSUE_TEMPLATE_DIR, file), 'utf8')) as FormYaml;
  const fields = yaml.body.flatMap((item) =>
    item.id && item.attributes?.label
      ? [{ id: item.id, label: item.attributes.label, type: item.type, required: item.validations?.required === true }]
      : [],
  );
  return { file, name: yaml.name, fields };
}

/** The answers of a form by field id ('' when empty or absent). */
export function answersById(form: Form, byLabel: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(form.fields.map((field) => [field.id, byLabel.get(field.label) ?? '']));
}

/** Whether a body is this form's answers: GitHub writes every field's heading, so the required ones are there. */
export function wroteBody(form: Form, headings: readonly string[]): boolean {
  const given = new Set(headings);
  return form.fields.every((field) => !field.required || given.has(field.label));
}
