/**
 * Each kind of broken reference fails the build, names the file, the field and the missing id, and
 * leaves no dist/ behind. Astro alone would only warn or hand pages an undefined entry.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const sites: FixtureSite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.remove()));
});

async function buildWith(files: Record<string, string | null>) {
  const site = await createFixtureSite('valid');
  sites.push(site);
  await site.edit(files);
  const result = site.build();
  return { ...result, site };
}

const quote = (speaker: string, extra = '') => `---
text: "Encryption keeps everyone safe"
speaker: ${speaker}
date: 2020-05-20
stance: opposes
sources: [fixture-news-2020]
${extra}---

A line.
`;

interface BrokenCase {
  kind: string;
  files: Record<string, string | null>;
  file: string;
  field: string;
  id: string;
}

describe('a broken reference fails the build', () => {
  it.each<BrokenCase>([
    {
      kind: 'an actor id (quote speaker)',
      files: { 'content/quotes/fixture-letter-line.mdx': quote('nobody-at-all') },
      file: 'content/quotes/fixture-letter-line.mdx:3',
      field: 'speaker',
      id: 'nobody-at-all',
    },
    {
      kind: 'an id in a list (letter source)',
      files: {
        'content/quotes/fixture-letter-line.mdx': quote('fixture-rights-group').replace(
          '[fixture-news-2020]',
          '[fixture-news-2020, missing-source]',
        ),
      },
      file: 'content/quotes/fixture-letter-line.mdx:6',
      field: 'sources',
      id: 'missing-source',
    },
    {
      kind: 'a single id of one collection (quote letter)',
      files: { 'content/quotes/fixture-letter-line.mdx': quote('fixture-rights-group', 'letter: no-such-letter\n') },
      file: 'content/quotes/fixture-letter-line.mdx:7',
      field: 'letter',
      id: 'no-such-letter',
    },
    {
      kind: 'an organisation inside a role',
      files: {
        'content/people/fixture-minister.mdx':
          '---\nname: Fixture Minister\nroles:\n  - title: Minister\n    organisation: ghost-ministry\n---\n\nA person.\n',
      },
      file: 'content/people/fixture-minister.mdx:5',
      field: 'roles.organisation',
      id: 'ghost-ministry',
    },
    {
      kind: 'a supersedes id',
      files: { 'content/positions/fixture-nl-2019.mdx': null },
      file: 'content/positions/fixture-nl-2020-06.mdx:10',
      field: 'supersedes',
      id: 'fixture-nl-2019',
    },
    {
      kind: 'a body link',
      files: {
        'content/sources/fixture-news-2020.mdx':
          '---\ntitle: T\npublisher: P\nurl: https://news.example.org/x\npublished: 2020-06-02\ntype: news\n---\n\nSee [the minister](/people/fixture-minister/) and [a ghost](/people/nobody-here/).\n',
      },
      file: 'content/sources/fixture-news-2020.mdx:9',
      field: 'body',
      id: '/people/nobody-here/',
    },
  ])('$kind', async ({ files, file, field, id }) => {
    const { status, output, site } = await buildWith(files);
    expect(status).not.toBe(0);
    const line = output.split('\n').find((l) => l.startsWith(`${file}: ${field}:`));
    expect(line, output).toBeDefined();
    expect(line).toContain(id);
    expect(site.hasDist()).toBe(false);
  });

  it('a deleted entry that others still reference is reported at every reference', async () => {
    const { status, output, site } = await buildWith({ 'content/sources/fixture-news-2020.mdx': null });
    expect(status).not.toBe(0);
    for (const file of [
      'letters/fixture-letter-2020',
      'quotes/fixture-minister-quote',
      'quotes/fixture-letter-line',
      'positions/fixture-nl-2019',
      'positions/fixture-nl-2020-06',
    ]) {
      expect(output).toMatch(new RegExp(`content/${file}\\.mdx:\\d+: sources: "fixture-news-2020" does not exist`));
    }
    expect(site.hasDist()).toBe(false);
  });
});
