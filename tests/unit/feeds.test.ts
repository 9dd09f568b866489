import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseEntities } from 'parse-entities';
import { describe, expect, it } from 'vitest';
import { feedXml, xmlCharacters } from '../../src/lib/feed-xml.ts';
import { FEED_LENGTH, feedDescription, feedEntries, feedItem, feedScopesOf, feedTitle } from '../../src/lib/feeds.ts';
import { buildEntryGraph } from '../../src/lib/graph.ts';
import { quote } from '../helpers/records.ts';
import { SMALL_INPUTS, smallGraph } from '../helpers/small-graph.ts';

const keys = (entries: { collection: string; id: string }[]) =>
  entries.map(({ collection, id }) => `${collection}/${id}`);

describe('feedEntries', () => {
  const graph = smallGraph();

  it('the whole record: every letter, quote and position, newest first', () => {
    expect(keys(feedEntries(graph, 'all'))).toEqual([
      'positions/nl-2020',
      'quotes/balance',
      'letters/letter',
      'quotes/old-line',
    ]);
  });

  it("a jurisdiction's: the statements filed under it", () => {
    expect(keys(feedEntries(graph, { collection: 'jurisdictions', id: 'nl' }))).toEqual([
      'positions/nl-2020',
      'quotes/balance',
      'letters/letter',
    ]);
  });

  it("an actor's: what it said, signed, received or held", () => {
    expect(keys(feedEntries(graph, { collection: 'people', id: 'minister' }))).toEqual([
      'quotes/balance',
      'letters/letter',
    ]);
    expect(keys(feedEntries(graph, { collection: 'organisations', id: 'rights-group' }))).toEqual([
      'letters/letter',
      'quotes/old-line',
    ]);
    expect(keys(feedEntries(graph, { collection: 'organisations', id: 'ministry' }))).toEqual(['positions/nl-2020']);
  });

  it(`keeps the newest ${FEED_LENGTH}`, () => {
    const many = Array.from({ length: FEED_LENGTH + 5 }, (_, index) =>
      quote(`q-${index}`, { text: 'x', speaker: 'minister', date: String(1950 + index), stance: 'opposes' }),
    );
    const entries = feedEntries(buildEntryGraph([...SMALL_INPUTS, ...many]), 'all');
    expect(entries).toHaveLength(FEED_LENGTH);
    // The four statements of 2019–2020 come first, then the quotes of 2004, 2003, …; the oldest are left out.
    expect(entries[4]!.id).toBe(`q-${FEED_LENGTH + 4}`);
    expect(entries.map((entry) => entry.id)).not.toContain('q-0');
  });
});

describe('feed items and titles', () => {
  const graph = smallGraph();

  it('an item has its title, absolute link, a date at the first day of a partial date, and its kind and stance', () => {
    const letter = graph.get('letters', 'letter')!;
    const item = feedItem(graph, letter, 'https://example.org/letters/letter/');
    expect(item).toEqual({
      title: 'Letter: Letter to the minister',
      link: 'https://example.org/letters/letter/',
      pubDate: new Date('2020-05-01T00:00:00Z'),
      description: 'It asks the minister not to weaken encryption.',
      categories: ['Letter', 'Against mandated access'],
    });
    // A quote is its words and who said them, escaped as HTML, with the speaker's role on the day.
    expect(feedItem(graph, graph.get('quotes', 'old-line')!, 'x').description).toBe(
      '“Encryption keeps us safe” — Rights &#x26; &#x3C;Group&#x3E;',
    );
    expect(feedItem(graph, graph.get('quotes', 'balance')!, 'x').description).toMatch(
      / — A\. Minister, Minister of Justice, Ministry of Justice$/,
    );
  });

  it('titles and descriptions name whose feed it is', () => {
    expect(feedTitle(graph, 'all', 'Site')).toBe('Site');
    expect(feedTitle(graph, { collection: 'jurisdictions', id: 'nl' }, 'Site')).toBe('Site: Netherlands');
    expect(feedDescription(graph, { collection: 'people', id: 'minister' })).toContain('A. Minister');
  });

  it('a jurisdiction, person or organisation page offers its own feed and the whole record’s; others only the latter', () => {
    expect(feedScopesOf(graph.get('people', 'minister'))).toEqual([{ collection: 'people', id: 'minister' }, 'all']);
    expect(feedScopesOf(graph.get('quotes', 'balance'))).toEqual(['all']);
    expect(feedScopesOf()).toEqual(['all']);
  });
});

describe('hostile text in a feed', () => {
  const HOSTILE =
    'See <img src="https://x.example/p.gif"> and <a href="https://x.example/">this</a> &amp; ]]> — done\u0000.';
  const SAID_BY = 'A. Minister, Minister of Justice, Ministry of Justice';
  const graph = buildEntryGraph([
    ...SMALL_INPUTS,
    quote('hostile', { text: HOSTILE, speaker: 'minister', date: '2021', stance: 'opposes' }),
  ]);

  /** The feed of the whole record as the feeds route writes it. */
  async function feed(): Promise<string> {
    return feedXml(
      await getRssString({
        title: 'Site',
        description: 'Feed',
        site: 'https://example.org/',
        items: feedEntries(graph, 'all').map((entry) => feedItem(graph, entry, `https://example.org/${entry.id}/`)),
      }),
    );
  }

  it("an item's description is HTML that shows the text: no markup of its own", () => {
    const { description } = feedItem(graph, graph.get('quotes', 'hostile')!, 'x');
    expect(description).not.toMatch(/[<>]/);
    expect(parseEntities(description)).toBe(`“${HOSTILE}” — ${SAID_BY}`);
  });

  it('the written feed is valid XML, and a reader decoding the description as HTML gets the literal text back', async () => {
    const xml = await feed();
    expect(XMLValidator.validate(xml)).toBe(true);
    // eslint-disable-next-line no-control-regex -- the NUL in the quote must not reach the XML
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    // `htmlEntities` makes fast-xml-parser read numeric character references, as XML requires.
    const parsed = new XMLParser({ htmlEntities: true }).parse(xml) as {
      rss: { channel: { item: { link: string; description: string }[] } };
    };
    const items = parsed.rss.channel.item;
    const html = items.find(({ link }) => link === 'https://example.org/hostile/')!.description;
    // The description, once XML is read, is HTML without a tag: a reader shows its characters.
    expect(html).not.toMatch(/[<>]/);
    expect(parseEntities(html)).toBe(`“${HOSTILE.replace('\u0000', '\uFFFD')}” — ${SAID_BY}`);
  });

  it('writes &, < and > as hexadecimal references (RSS Best Practices Profile)', async () => {
    const xml = await feed();
    expect(xml).toContain('&#x26;#x3C;img src=&#x26;#x22;https://x.example/p.gif&#x26;#x22;&#x26;#x3E;');
    expect(xml).not.toMatch(/&(?:amp|lt|gt);/);
  });
});

describe('xmlCharacters', () => {
  it('replaces what XML 1.0 cannot hold (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates)', () => {
    expect(xmlCharacters('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg\ud800h\udc00i')).toBe(
      'a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh\ufffdi',
    );
  });

  it('keeps tab, LF, CR, other text and paired surrogates', () => {
    const text = 'a\tb\nc\rd é 😀 \u0085';
    expect(xmlCharacters(text)).toBe(text);
  });
});
