/**
 * Hostile input never reaches dist/: one build over a tree with one file of each kind the gate
 * refuses fails at the content check, names every file and line, and writes nothing.
 */
import { afterAll, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { fixtureText } from '../helpers/check-tree.ts';

let site: FixtureSite | undefined;
afterAll(() => site?.remove());

const QUOTE = 'content/quotes/fixture-letter-line.mdx';
const SOURCE = 'content/sources/fixture-news-2020.mdx';
const ORGANISATION = 'content/organisations/fixture-police.mdx';
const JURISDICTION = 'content/jurisdictions/nl.mdx';

it('fails at the content check with every problem, and writes nothing', async () => {
  site = await createFixtureSite('valid');
  await site.edit({
    // A bidirectional override in a quote's words, and a body nested far too deep.
    [QUOTE]: `${fixtureText(QUOTE).replace('keeps everyone', 'keeps\u202e everyone')}\n${'>'.repeat(5000)} deep\n`,
    // A text field YAML reads as a date, and an image from another host.
    [SOURCE]: `${fixtureText(SOURCE).replace('title: Fixture news report', 'title: 2020-06-02')}\n![x](//tracker.example/p.png)\n`,
    // A line separator that ends the frontmatter for some readers and not for others.
    [ORGANISATION]: fixtureText(ORGANISATION).replace('kind: agency', 'kind: agency\u2028'),
    // A bare private address in prose, which would become a link.
    [JURISDICTION]: `${fixtureText(JURISDICTION)}\nSee http://192.168.0.1/admin for more.\n`,
  });
  const { status, output } = site.build();
  expect(status).not.toBe(0);
  expect(output).toContain('The content check failed; nothing was built.');
  expect(output).toContain(`${QUOTE}:2: text: contains U+202E RIGHT-TO-LEFT OVERRIDE`);
  expect(output).toMatch(new RegExp(`${QUOTE}:\\d+: body: nests more than 8 blockquotes or lists`));
  expect(output).toContain(`${SOURCE}:2: title: found 2020-06-02 written bare, which YAML reads as a date`);
  expect(output).toContain('images from other sites are not allowed');
  expect(output).toMatch(new RegExp(`${ORGANISATION}:\\d+: kind: contains U\\+2028 LINE SEPARATOR`));
  expect(output).toContain(
    'the address in the text becomes a link, and "http://192.168.0.1/admin" uses http, not https',
  );
  expect(site.hasDist()).toBe(false);
});
