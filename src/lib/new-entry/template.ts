/**
 * The MDX templates in templates/<collection>.mdx, one per kind, and how their `{{field}}` blanks
 * are filled. Contributors copy them by hand; `npm run new` fills them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { CollectionName } from '../collections.ts';

const TEMPLATES_DIR = 'templates';

function templatePath(projectRoot: string, collection: CollectionName): string {
  return path.join(projectRoot, TEMPLATES_DIR, `${collection}.mdx`);
}

export function readTemplate(projectRoot: string, collection: CollectionName): string {
  return readFileSync(templatePath(projectRoot, collection), 'utf8');
}

/** The names of the blanks in a template, in order. */
export function blanks(template: string): string[] {
  return [...template.matchAll(/\{\{([a-z]+)\}\}/g)].map((match) => match[1]!);
}

/** A value as a YAML scalar: plain when YAML reads it back as the same string, else double-quoted. */
function scalar(value: string): string {
  let readBack: unknown;
  try {
    readBack = parse(value);
  } catch {
    readBack = undefined;
  }
  return readBack === value ? value : JSON.stringify(value);
}

/**
 * Fills every blank. Inside quotes (`"{{text}}"`) a value is escaped for a YAML double-quoted string
 * (JSON's escapes are YAML's); inside brackets (`[{{sources}}]`) a list is written item by item;
 * elsewhere a value is written plain when that is safe. Throws on a blank with no value.
 */
export function fillTemplate(template: string, values: Record<string, string | string[]>): string {
  return template.replace(
    /("?)(\[?)\{\{([a-z]+)\}\}(\]?)("?)/g,
    (_whole, open: string, bracket: string, name: string, close: string, end: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`no value for the blank {{${name}}}`);
      const items = Array.isArray(value) ? value : [value];
      if (open && end) return `"${JSON.stringify(items.join(', ')).slice(1, -1)}"`;
      if (bracket && close) return `[${items.map(scalar).join(', ')}]`;
      return `${open}${bracket}${items.map(scalar).join(', ')}${close}${end}`;
    },
  );
}
