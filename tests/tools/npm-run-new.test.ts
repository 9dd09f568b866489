/**
 * `npm run new` as a contributor runs it — driven by flags or by answers on standard input, in a
 * temp copy of the valid fixture — writes only files the check accepts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { fixtureTree } from '../helpers/check-tree.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});
async function tree(): Promise<string> {
  const root = await fixtureTree();
  roots.push(root);
  return root;
}

/** Runs scripts/new.ts on a content tree, with flags and optional standard input. */
function runNew(content: string, args: string[], stdin = '') {
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/new.ts'), '--content', content, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input: stdin,
    env: { ...process.env, SITE_URL: '' },
  });
}

describe('npm run new', () => {
  it('with flags: writes the file, prints its path and page, and the check accepts it', async () => {
    const root = await tree();
    const content = path.join(root, 'content');
    const result = runNew(content, [
      '--kind',
      'quote',
      '--speaker',
      'fixture-minister',
      '--text',
      'Security and privacy: both',
      '--date',
      '2020-06-01',
      '--stance',
      'mixed',
      '--sources',
      'fixture-news-2020',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = path.join(content, 'quotes/fixture-minister-security-and-privacy-both.mdx');
    expect(result.stdout).toContain(`Wrote ${file}`);
    expect(result.stdout).toContain(
      'Its page: /quotes/fixture-minister-security-and-privacy-both/ (http://localhost:4321/quotes/fixture-minister-security-and-privacy-both/ with npm run dev)',
    );
    expect(readFileSync(file, 'utf8')).toContain('text: "Security and privacy: both"\n');
    const { problems, entries } = await checkContent(root);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(13);
  });

  it('with --lang, --translation and --translation-by: writes a quote in its own language, or refuses one without a translation', async () => {
    const root = await tree();
    const content = path.join(root, 'content');
    const quote = ['--kind', 'quote', '--speaker', 'fixture-minister', '--date', '2020-06-01', '--stance', 'mixed'];
    const sources = ['--sources', 'fixture-news-2020'];
    const refused = runNew(content, [...quote, ...sources, '--text', 'Sicherheit und Freiheit', '--lang', 'de']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'lang: is "de" (German), but the quote has no English translation — add translation: { text: "the English rendering", by: source }',
    );
    const result = runNew(content, [
      ...quote,
      ...sources,
      '--text',
      'Sicherheit und Freiheit',
      '--lang',
      'de',
      '--translation',
      'Security and freedom',
      '--translation-by',
      'source',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(path.join(content, 'quotes/fixture-minister-sicherheit-und-freiheit.mdx'), 'utf8');
    expect(text).toContain('lang: "de"\ntranslation:\n  text: "Security and freedom"\n  by: "source"\n');
    expect((await checkContent(root)).problems).toEqual([]);
  });

  it('with bad flags: writes nothing and lists every problem', async () => {
    const root = await tree();
    const content = path.join(root, 'content');
    const result = runNew(content, [
      '--kind',
      'letters',
      '--id',
      'fixture-letter-2020',
      '--title',
      'A letter',
      '--date',
      '2020-01',
      '--signatories',
      'fixture-rights-group,nobody',
      '--recipients',
      'fixture-minister',
      '--stance',
      'opposes',
      '--jurisdiction',
      'xx',
      '--summary',
      'A summary.',
      '--sources',
      'fixture-news-2020',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        'Nothing was written:',
        '--signatories: "nobody" does not exist as a person or organisation — the id of a file in content/people/ or content/organisations/: add that entry first, or update this reference if it was renamed',
        '--jurisdiction: "xx" does not exist in jurisdictions — the id of a file in content/jurisdictions/: add that entry first, or update this reference if it was renamed',
        '--id: the id "fixture-letter-2020" is already used by content/letters/fixture-letter-2020.mdx — an id no other file in content/letters/ uses, ignoring case',
        '',
      ].join('\n'),
    );
    expect(readdirSync(path.join(content, 'letters'))).toEqual(['fixture-letter-2020.mdx']);
  });

  it('with answers on standard input: asks each question, asks again after a bad answer, offers an id', async () => {
    const root = await tree();
    const content = path.join(root, 'content');
    // kind, name, a kind outside the vocabulary, then a good one, then Enter for the suggested id.
    const result = runNew(content, [], 'organisation\nExample Rights Group\nngo\ncivil-society\n\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Kind of entry (letter, quote, position, person, organisation, jurisdiction, source): ',
    );
    expect(result.stdout).toContain('Name, as sources usually give it\nname: ');
    expect(result.stdout).toContain(
      '  kind: found "ngo" — expected one of: government, agency, legislature, court, company, trade-association, civil-society, academic, media, intergovernmental',
    );
    expect(result.stdout).toContain('Id, the file name without .mdx (Enter for example-rights-group): ');
    const text = readFileSync(path.join(content, 'organisations/example-rights-group.mdx'), 'utf8');
    expect(text).toMatch(/^---\n# The organisation's full name\.\nname: "Example Rights Group"\n/);
    expect(text).toContain('\nkind: civil-society\n');
    expect((await checkContent(root)).problems).toEqual([]);
  });

  it('stops with a hint when standard input ends before every question is answered', async () => {
    const root = await tree();
    const result = runNew(path.join(root, 'content'), ['--kind', 'person']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'No answer for "name": give it on the next line, or as a flag (npm run new -- --help).',
    );
    expect(readdirSync(path.join(root, 'content/people'))).toEqual(['fixture-minister.mdx']);
  });

  it('refuses an unknown kind', async () => {
    const root = await tree();
    const result = runNew(path.join(root, 'content'), ['--kind', 'tweet']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'kind: not one of letter, quote, position, person, organisation, jurisdiction, source',
    );
  });
});
