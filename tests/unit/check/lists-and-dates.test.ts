/**
 * Lists name each item once, and a source is not read before it was published: a
 * signatory listed 5,000 times was accepted, and so was an `accessed` date before `published`.
 */
import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../../src/lib/topics.ts';
import { change, checkWith } from '../../helpers/check-tree.ts';

const LETTER = 'content/letters/fixture-letter-2020.mdx';
const POSITION = 'content/positions/fixture-nl-2020-06.mdx';
const SOURCE = 'content/sources/fixture-news-2020.mdx';
const ORGANISATION = 'content/organisations/fixture-rights-group.mdx';
const QUOTE = 'content/quotes/fixture-letter-line.mdx';

describe('lists that name each item once', () => {
  it('a signatory listed twice, at the repeat', async () => {
    const { lines } = await checkWith(
      change(
        LETTER,
        'signatories: [fixture-rights-group, fixture-tech-company]',
        'signatories:\n  - fixture-rights-group\n  - fixture-tech-company\n  - fixture-rights-group',
      ),
    );
    expect(lines).toEqual([
      `${LETTER}:7: signatories[2]: "fixture-rights-group" is listed 2 times — each person or organisation once: remove the repeat`,
    ]);
  });

  it('a signatory listed 5,000 times: one report', async () => {
    const many = Array(5000).fill('fixture-tech-company').join(', ');
    const { lines } = await checkWith(
      change(LETTER, 'signatories: [fixture-rights-group, fixture-tech-company]', `signatories: [${many}]`),
    );
    expect(lines).toEqual([
      `${LETTER}:4: signatories[1]: "fixture-tech-company" is listed 5000 times — each person or organisation once: remove the repeat`,
    ]);
  });

  it('at most five repeated items reported for one list', async () => {
    const ids = TOPIC_IDS.slice(0, 7);
    const { lines } = await checkWith(
      change(QUOTE, 'stance: opposes', `stance: opposes\ntopics: [${[...ids, ...ids].join(', ')}]`),
    );
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`${QUOTE}:6: topics[7]: "${ids[0]}" is listed 2 times — each topic once: remove the repeat`);
  });

  it.each([
    [
      LETTER,
      'recipients: [fixture-minister]',
      'recipients: [fixture-minister, fixture-minister]',
      'recipients[1]',
      'person or organisation',
    ],
    [LETTER, 'sources: [fixture-news-2020]', 'sources: [fixture-news-2020, fixture-news-2020]', 'sources[1]', 'source'],
    [
      POSITION,
      'quotes: [fixture-minister-quote]',
      'quotes: [fixture-minister-quote, fixture-minister-quote]',
      'quotes[1]',
      'quote',
    ],
    [
      POSITION,
      'letters: [fixture-letter-2020]',
      'letters: [fixture-letter-2020, fixture-letter-2020]',
      'letters[1]',
      'letter',
    ],
    [
      ORGANISATION,
      'members: [fixture-tech-company]',
      'members: [fixture-tech-company, fixture-tech-company]',
      'members[1]',
      'organisation',
    ],
    [SOURCE, 'authors: [A. Reporter]', 'authors: [A. Reporter, " A. Reporter"]', 'authors[1]', 'author'],
  ])('%s: %s repeated', async (file, from, to, field, what) => {
    const { lines } = await checkWith(change(file, from, to));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${file}:\\d+: ${field.replace(/[[\]]/g, '\\$&')}: ".+" is listed 2 times — each ${what} once: remove the repeat$`,
      ),
    );
  });
});

describe('accessed and published', () => {
  it('refuses a source read before it was published', async () => {
    const { lines } = await checkWith(change(SOURCE, 'type: news', 'type: news\naccessed: 2020-06-01'));
    expect(lines).toEqual([
      `${SOURCE}:7: accessed: 2020-06-01 is before published: 2020-06-02 — the day you read the source, on or after the day it was published`,
    ]);
  });

  it.each([
    ['the same day', '2020-06-02', '2020-06-02'],
    ['a later day', '2020-06-02', '2026-12-02'],
    ['a year that may hold the day', '2020-06-02', '2020'],
    ['a day within a published month', '2020-06', '2020-06-01'],
  ])('accepts %s', async (_, published, accessed) => {
    const { lines } = await checkWith(
      change(SOURCE, 'published: 2020-06-02\ntype: news', `published: ${published}\ntype: news\naccessed: ${accessed}`),
    );
    expect(lines).toEqual([]);
  });

  it('refuses a partial date wholly before', async () => {
    const { lines } = await checkWith(
      change(SOURCE, 'published: 2020-06-02\ntype: news', 'published: 2020-06\ntype: news\naccessed: 2020-05'),
    );
    expect(lines).toEqual([
      `${SOURCE}:7: accessed: 2020-05 is before published: 2020-06 — the day you read the source, on or after the day it was published`,
    ]);
  });
});
