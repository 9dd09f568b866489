/**
 * What contributors read matches what the code does: the allow-list table in CONTRIBUTING.md lists
 * exactly the elements and attributes of src/lib/mdx-allow-list.ts, and the guide's commands,
 * templates and paths exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { ALLOWED_COMPONENTS, ALLOWED_HTML } from '../../src/lib/mdx-allow-list.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const guide = readFileSync(path.join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');

/** Rows of the allow-list table: element → its attributes, `!` marking a required one. */
function documentedAllowList(): Record<string, string[]> {
  const section = /<!-- allow-list:start[^>]*-->([\s\S]*?)<!-- allow-list:end -->/.exec(guide)?.[1];
  expect(section, 'CONTRIBUTING.md has the allow-list markers').toBeDefined();
  const rows = section!.split('\n').filter((line) => /^\| `</.test(line));
  return Object.fromEntries(
    rows.map((row) => {
      const [, element = '', attributes = ''] = row.split('|').map((cell) => cell.trim());
      const name = /^`<([^>]+)>`$/.exec(element)?.[1] ?? element;
      const listed = [...attributes.matchAll(/`([^`]+)`( \(required\))?/g)].map(
        (match) => `${match[1]}${match[2] ? '!' : ''}`,
      );
      return [name, listed.sort()];
    }),
  );
}

describe('CONTRIBUTING.md', () => {
  it('documents exactly the MDX allow-list the guard enforces, attributes and required ones included', () => {
    const enforced = Object.fromEntries(
      Object.entries({ ...ALLOWED_COMPONENTS, ...ALLOWED_HTML }).map(([name, element]) => [
        name,
        Object.keys(element.attributes)
          .map((attribute) => `${attribute}${element.required?.includes(attribute) ? '!' : ''}`)
          .sort(),
      ]),
    );
    expect(documentedAllowList()).toEqual(enforced);
  });

  it('points at a template for every collection, and the templates exist', () => {
    for (const collection of COLLECTIONS)
      expect(existsSync(path.join(PROJECT_ROOT, `templates/${collection}.mdx`)), collection).toBe(true);
    expect(guide).toContain('templates/quotes.mdx');
  });

  it('names commands that package.json has', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const commands = [...guide.matchAll(/npm run ([a-z:-]+)/g)].map(([, command]) => command!);
    expect(commands, 'the guide names npm commands').toContain('check');
    for (const command of commands) expect(scripts, `npm run ${command}`).toHaveProperty(command);
  });

  it('cites example files that are in the record', () => {
    const cited = [...guide.matchAll(/content\/[a-z]+\/[a-z0-9-]+\.mdx/g)]
      .map(([file]) => file)
      // The sample error report names files that are not in the record.
      .filter(
        (file) => !/\/(ansip-back-doors|example-source|uk-2016|comey-going-dark|Example_Letter)\.mdx$/.test(file),
      );
    expect(cited.length, 'the guide cites example files from the record').toBeGreaterThan(0);
    for (const file of cited) expect(existsSync(path.join(PROJECT_ROOT, file)), file).toBe(true);
  });
});
