/**
 * The check reads frontmatter with js-yaml, as Astro does (src/lib/frontmatter-yaml.ts), and locates
 * lines with the `yaml` package. The two must read the record's YAML the same way (an unquoted date
 * compared as the text it keeps), or a problem could be reported against data the
 * other parser would not produce: held to it over every entry of the record and the fixtures, and
 * over the YAML forms contributors write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEntry, splitEntry } from '../../../src/lib/check/parse-entry.ts';
import { COLLECTIONS } from '../../../src/lib/collections.ts';
import { loadFrontmatterYaml } from '../../../src/lib/frontmatter-yaml.ts';

/** Our reading, with unquoted dates as the text they keep. */
const load = (yaml: string): unknown => JSON.parse(JSON.stringify(loadFrontmatterYaml(yaml)));
import { FIXTURES, PROJECT_ROOT } from '../../helpers/fixture-site.ts';

function frontmatters(contentDir: string): [string, string][] {
  return COLLECTIONS.flatMap((collection) => {
    const folder = path.join(contentDir, collection);
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      /* no such collection here */
    }
    return names
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => {
        const text = readFileSync(path.join(folder, name), 'utf8');
        const { split } = splitEntry({ file: name, collection, id: name.slice(0, -4), text });
        return split ? [[`${collection}/${name}`, split.yaml] as [string, string]] : [];
      });
  });
}

describe('the check’s YAML reader and yaml read the frontmatter alike', () => {
  const files = [
    ...frontmatters(path.join(PROJECT_ROOT, 'content')),
    ...frontmatters(path.join(FIXTURES, 'valid/content')),
  ];

  it('over every entry of the record and the valid fixture', () => {
    expect(files.length).toBeGreaterThan(60);
    for (const [file, yaml] of files) expect(load(yaml), file).toEqual(parse(yaml));
  });

  it.each([
    'date: 2015-06-08',
    'date: 2015',
    'date: "2015"',
    'date: 2015-02-30',
    'date: 2015-06-08T10:00:00Z',
    'code: NO',
    'stance: yes',
    'x: null',
    'x: ~',
    'x:',
    'x: 0o17',
    'x: 0x1F',
    'x: 1_000',
    'x: .5',
    'x: 1e3',
    'text: "a \\"quoted\\" word: here"',
    "text: 'single '' quoted'",
    'text: >\n  folded\n  text',
    'text: |\n  literal\n  text',
    'list: [a, b]',
    'list:\n  - a\n  - b',
    'roles:\n  - title: T\n    organisation: o',
    'text: "caf\\u00e9"',
    'a: &x 1\nb: *x',
  ])('%j', (yaml) => {
    expect(load(yaml)).toEqual(parse(yaml));
  });
});

describe('lines', () => {
  it('are found for nested paths, and point at the parent of a missing one', () => {
    const text = '---\nname: X\nroles:\n  - title: A\n  - title: B\n    organisation: o\n---\n\nBody.\n';
    const { entry } = parseEntry({ file: 'f', collection: 'people', id: 'x', text });
    expect(entry!.lineOf(['roles', 1, 'organisation'])).toBe(6);
    expect(entry!.lineOf(['roles', 0, 'organisation'])).toBe(4);
    expect(entry!.lineOf(['name'])).toBe(2);
    expect(entry!.lineOf(['jurisdiction'])).toBe(1);
    // The body starts on the line after the closing ---: here the blank line before "Body.".
    expect(entry!.bodyLine).toBe(8);
  });
});
