/**
 * The issue forms: valid for GitHub (unique ids usable as URL parameters), asking for what the
 * content model requires, with the fields `npm run from-issue` and the site's links rely on; and
 * the template chooser offers only them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readForm } from '../../src/lib/from-issue/form-fields.ts';
import { ISSUE_FORMS, ISSUE_TEMPLATE_DIR } from '../../src/lib/issue-forms.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const required = (file: (typeof ISSUE_FORMS)[keyof typeof ISSUE_FORMS]) =>
  readForm(PROJECT_ROOT, file)
    .fields.filter((field) => field.required)
    .map((field) => field.id);

describe('.github/ISSUE_TEMPLATE', () => {
  it.each(Object.values(ISSUE_FORMS))('%s has a name, a description, and unique ids and labels', (file) => {
    const yaml = parse(readFileSync(path.join(PROJECT_ROOT, ISSUE_TEMPLATE_DIR, file), 'utf8')) as {
      name?: string;
      description?: string;
    };
    expect(yaml.name).toBeTruthy();
    expect(yaml.description).toBeTruthy();
    const { fields } = readForm(PROJECT_ROOT, file);
    for (const field of fields) expect(field.id).toMatch(/^[a-z0-9_-]+$/);
    expect(new Set(fields.map((field) => field.id)).size).toBe(fields.length);
    expect(new Set(fields.map((field) => field.label)).size).toBe(fields.length);
  });

  it('"Suggest a quote" requires what a quote requires, and asks for the language and a translation', () => {
    expect(required(ISSUE_FORMS.quote)).toEqual(['speaker', 'text', 'date', 'stance', 'lang', 'url']);
    const ids = readForm(PROJECT_ROOT, ISSUE_FORMS.quote).fields.map((field) => field.id);
    expect(ids).toEqual(
      expect.arrayContaining(['translation', 'source-title', 'source-publisher', 'source-published', 'source-type']),
    );
  });

  it('"Suggest a letter or government position" requires what both require', () => {
    expect(required(ISSUE_FORMS.letterOrPosition)).toEqual([
      'kind',
      'jurisdiction',
      'date',
      'stance',
      'summary',
      'url',
    ]);
  });

  it('"Report an error" asks for the entry (which the site fills in), what is wrong, and the source', () => {
    expect(required(ISSUE_FORMS.reportError)).toEqual(['entry', 'problem', 'evidence']);
  });

  it('offers no blank issue, and links elsewhere only to https addresses', () => {
    const config = parse(readFileSync(path.join(PROJECT_ROOT, ISSUE_TEMPLATE_DIR, 'config.yml'), 'utf8')) as {
      blank_issues_enabled: boolean;
      contact_links: { name: string; url: string; about: string }[];
    };
    expect(config.blank_issues_enabled).toBe(false);
    expect(config.contact_links.length).toBeGreaterThan(0);
    for (const link of config.contact_links) expect(new URL(link.url).protocol).toBe('https:');
  });
});
