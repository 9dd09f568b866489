/**
 * An entry linked from many others shows the newest of each long group and links to the rest in
 * search, so its page stays light however large the record grows.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BACKLINK_LIMIT } from '../../src/lib/backlink-view.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { htmlBetween } from '../helpers/html.ts';

const EXTRA_QUOTES = BACKLINK_LIMIT + 2;
let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite('valid');
  const files: Record<string, string> = {};
  for (let i = 1; i <= EXTRA_QUOTES; i++) {
    const day = String(i).padStart(2, '0');
    files[`content/quotes/fixture-extra-${day}.mdx`] =
      `---\ntext: "Extra fixture words number ${i}"\nspeaker: fixture-minister\ndate: 2021-01-${day}\nstance: mixed\nsources: [fixture-news-2020]\njurisdiction: nl\n---\n\nA fixture quote.\n`;
  }
  await site.edit(files);
  const result = site.build();
  expect(result.status, result.output).toBe(0);
});

afterAll(() => site?.remove());

it('shows the newest quotes of a jurisdiction up to the limit, and a link to all of them in search', async () => {
  const html = await site.read('/jurisdictions/nl/');
  const backlinks = htmlBetween(html, '>Linked from</h2>');
  const quotes = htmlBetween(backlinks, '<h3>Quotes</h3>', '</section>');
  const listed = [...quotes.matchAll(/href="\/quotes\/([^/]+)\/"/g)].map((m) => m[1]);
  expect(listed).toHaveLength(BACKLINK_LIMIT);
  // Newest first: the extra quotes are dated 2021-01-01 … 2021-01-12.
  expect(listed[0]).toBe(`fixture-extra-${String(EXTRA_QUOTES).padStart(2, '0')}`);
  expect(listed).not.toContain('fixture-minister-quote');
  expect(quotes).toContain(`href="/search/?kind=quote&amp;jurisdiction=nl&amp;sort=newest"`);
  expect(quotes).toContain(`All ${EXTRA_QUOTES + 1}, newest first, in search`);
});

it('lists a speaker’s quotes once, in their record, and not again under "Linked from"', async () => {
  const html = await site.read('/people/fixture-minister/');
  const record = htmlBetween(html, '>Everything on record, oldest first<', '</ol>');
  for (let i = 1; i <= EXTRA_QUOTES; i++) {
    const href = `href="/quotes/fixture-extra-${String(i).padStart(2, '0')}/"`;
    expect(record).toContain(href);
    expect(html.split(href)).toHaveLength(2);
  }
  expect(htmlBetween(html, '>Linked from</h2>')).not.toContain('<h3>Quotes</h3>');
});

it('leaves out of the backlinks the positions the jurisdiction page shows as its stance history', async () => {
  const html = await site.read('/jurisdictions/nl/');
  const backlinks = htmlBetween(html, '>Linked from</h2>');
  expect(backlinks).not.toContain('href="/positions/');
  const history = htmlBetween(html, '>Stance history</h2>', '>Linked from</h2>');
  expect(history).toContain('href="/positions/fixture-nl-2019/"');
});
