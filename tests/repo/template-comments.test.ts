/**
 * An HTML comment in an .astro template is written into every page that uses the component: notes
 * for the next engineer go in `{/* … *\/}` or in the frontmatter, which Astro leaves out of the
 * page. (Three such notes once went out in 2,100 copies on the real record.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const SRC = path.join(PROJECT_ROOT, 'src');

/** The template of an .astro file: what follows its frontmatter fence, if it has one. */
function template(text: string): string {
  const fence = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return fence ? text.slice(fence[0].length) : text;
}

function htmlComments(text: string): string[] {
  return template(text).match(/<!--[\s\S]*?-->/g) ?? [];
}

describe('.astro templates', () => {
  it('finds an HTML comment in a template, and none in the frontmatter or a JSX comment', () => {
    expect(htmlComments('---\n// <!-- in code -->\n---\n<p>x</p>\n<!-- note -->\n')).toEqual(['<!-- note -->']);
    expect(htmlComments('---\nconst a = 1;\n---\n{/* note */}\n<p>x</p>\n')).toEqual([]);
  });

  it('write no HTML comments into the pages', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
    expect(files.length).toBeGreaterThan(20);
    const withComments = files.filter((file) => htmlComments(readFileSync(path.join(SRC, file), 'utf8')).length);
    expect(withComments).toEqual([]);
  });
});
