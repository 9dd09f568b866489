/**
 * Every refusal the content check promises contributors, each on the valid fixture tree
 * with one change, asserting the whole report: file, line, field, what was found and what is
 * accepted — and that nothing else is reported.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/lib/check/read-tree.ts';
import { change, checkWith, fixtureText } from '../../helpers/check-tree.ts';

const QUOTE = 'content/quotes/fixture-letter-line.mdx';
const SOURCE = 'content/sources/fixture-news-2020.mdx';
const POSITION = 'content/positions/fixture-nl-2020-06.mdx';
const OLDER_POSITION = 'content/positions/fixture-nl-2019.mdx';
const STANCES = 'expected one of: opposes, supports, undecided, mixed';
const URL_RULE =
  'an absolute https:// URL without credentials, not localhost or a private address, written exactly as a browser writes it back, at most 2,048 characters';
const ID_RULE = 'lower-case a-z, 0-9 and single hyphens, 2–80 characters (e.g. josh-earnest)';

describe('the valid fixture', () => {
  it('has no problems, so every problem below comes from its one change', async () => {
    const { lines, entries } = await checkWith({});
    expect(lines).toEqual([]);
    expect(entries).toBe(12);
  });
});

describe('topics', () => {
  const TOPICS_FILE = 'a topic id from src/lib/topics.ts (add a new topic there, with its label)';

  it('an unknown topic, with the nearest known one', async () => {
    const { lines } = await checkWith(
      change(QUOTE, 'stance: opposes', 'stance: opposes\ntopics: [encryption, backdoors]'),
    );
    expect(lines).toEqual([
      `${QUOTE}:6: topics[1]: "backdoors" is not a known topic — did you mean back-doors? ${TOPICS_FILE}`,
    ]);
  });

  it('an unknown topic near none', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', 'stance: opposes\ntopics: [weather]'));
    expect(lines).toEqual([`${QUOTE}:6: topics[0]: "weather" is not a known topic — ${TOPICS_FILE}`]);
  });
});

describe('fields', () => {
  it('a missing required field', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes\n', ''));
    expect(lines).toEqual([`${QUOTE}:1: stance: is required but missing — ${STANCES}`]);
  });

  it('a field with no value', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', 'stance:'));
    expect(lines).toEqual([
      `${QUOTE}:5: stance: has no value — ${STANCES}; if there is nothing to write, remove the line`,
    ]);
  });

  it.each([
    [
      'a string for a list',
      'sources: [fixture-news-2020]',
      'sources: fixture-news-2020',
      `${QUOTE}:6: sources: found "fixture-news-2020" — expected a list of source ids, e.g. [first-id, second-id]`,
    ],
    [
      'a number for text',
      'text: "Encryption keeps everyone safe"',
      'text: 42',
      `${QUOTE}:2: text: found 42 — expected text`,
    ],
    [
      'a list for an id',
      'speaker: fixture-rights-group',
      'speaker: [fixture-rights-group]',
      `${QUOTE}:3: speaker: found ["fixture-rights-group"] — expected an id: ${ID_RULE}`,
    ],
  ])('a wrong type: %s', async (_, from, to, expected) => {
    const { lines } = await checkWith(change(QUOTE, from, to));
    expect(lines).toEqual([expected]);
  });

  it('a value outside a vocabulary: stance', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', 'stance: against'));
    expect(lines).toEqual([`${QUOTE}:5: stance: found "against" — ${STANCES}`]);
  });

  it('a value outside a vocabulary: organisation kind', async () => {
    const file = 'content/organisations/fixture-tech-company.mdx';
    const { lines } = await checkWith(change(file, 'kind: company', 'kind: ngo'));
    expect(lines).toEqual([
      `${file}:3: kind: found "ngo" — expected one of: government, agency, legislature, court, company, trade-association, civil-society, academic, media, intergovernmental`,
    ]);
  });

  it('a misspelt field, with a suggestion', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', 'stnace: opposes'));
    expect(lines).toEqual([
      `${QUOTE}:1: stance: is required but missing — ${STANCES}`,
      `${QUOTE}:5: stnace: is not a field of this collection — did you mean stance? accepted fields: text, lang, translation, translated_from, translated_by, speaker, date, stance, sources, letter, provenance, jurisdiction, context, topics`,
    ]);
  });

  it('a frontmatter slug', async () => {
    const { lines } = await checkWith(
      change(QUOTE, 'letter: fixture-letter-2020', 'letter: fixture-letter-2020\nslug: fixture-minister-quote'),
    );
    expect(lines).toEqual([`${QUOTE}:8: slug: a frontmatter slug is not allowed — remove it: the id is the file name`]);
  });

  it('a summary over 300 characters (300 is accepted)', async () => {
    const summary = 'The fixture ministry now weighs security against privacy.';
    const at = (length: number) => change(POSITION, summary, 'x'.repeat(length));
    expect((await checkWith(at(300))).lines).toEqual([]);
    expect((await checkWith(at(301))).lines).toEqual([
      `${POSITION}:6: summary: is 301 characters long — at most 300 characters: shorten it`,
    ]);
  });
});

describe('dates', () => {
  it('an impossible date', async () => {
    const { lines } = await checkWith(change(QUOTE, 'date: 2020-05-20', 'date: 2015-02-30'));
    expect(lines).toEqual([
      `${QUOTE}:4: date: "2015-02-30" does not exist: February 2015 has 28 days — a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known`,
    ]);
  });

  it('a month that does not exist, in a partial date', async () => {
    const { lines } = await checkWith(change(QUOTE, 'date: 2020-05-20', 'date: 2020-13'));
    expect(lines).toEqual([
      `${QUOTE}:4: date: "2020-13" has no month 13 — a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known`,
    ]);
  });

  it('a date in the future', async () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    const { lines } = await checkWith(change(QUOTE, 'date: 2020-05-20', `date: ${nextYear}`));
    expect(lines).toEqual([
      `${QUOTE}:4: date: "${nextYear}" is in the future — a date in the past: the record holds what was said, not what is planned`,
    ]);
  });

  it('a date with a time, which Astro would silently shift to another day', async () => {
    const { lines } = await checkWith(change(QUOTE, 'date: 2020-05-20', 'date: 2020-05-20T23:30:00-05:00'));
    expect(lines).toEqual([
      `${QUOTE}:4: date: "2020-05-20T23:30:00-05:00" is not a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known — a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known`,
    ]);
  });

  it('a position without a subject, or with one too long to read in a title', async () => {
    const missing = await checkWith(change(POSITION, 'subject: weighing security against privacy\n', ''));
    expect(missing.lines).toEqual([
      `${POSITION}:1: subject: is required but missing — expected a short phrase in our own words naming what the position is about, at most 80 characters, e.g. "Online Safety Act scanning powers"`,
    ]);
    const long = await checkWith(change(POSITION, 'weighing security against privacy', 'x'.repeat(81)));
    expect(long.lines).toEqual([`${POSITION}:11: subject: is 81 characters long — at most 80 characters: shorten it`]);
  });

  it('a letter whose reported count of signatories is below its named list, or misspelt', async () => {
    const letter = 'content/letters/fixture-letter-2020.mdx';
    const low = await checkWith(
      change(letter, 'sources: [fixture-news-2020]', 'sources: [fixture-news-2020]\nsignatories_reported: 1'),
    );
    expect(low.lines).toEqual([
      `${letter}:10: signatories_reported: reports 1 signatories, fewer than the 2 named in signatories — at least 2, or no signatories_reported when the named list is complete`,
    ]);
    const misspelt = await checkWith(
      change(
        letter,
        'sources: [fixture-news-2020]',
        'sources: [fixture-news-2020]\nsignatories_reported:\n  min: 40\n  mx: 50',
      ),
    );
    expect(misspelt.lines).toEqual([
      `${letter}:12: signatories_reported.mx: is not a field of this collection — did you mean max? accepted fields: min, max`,
    ]);
    const fine = await checkWith(
      change(
        letter,
        'sources: [fixture-news-2020]',
        'sources: [fixture-news-2020]\nsignatories_reported: { min: 40, max: 50 }',
      ),
    );
    expect(fine.lines).toEqual([]);
  });

  it('a role that ends before it starts', async () => {
    const file = 'content/people/fixture-minister.mdx';
    const { lines } = await checkWith(change(file, '    from: 2018-03', '    from: 2018-03\n    to: 2017'));
    expect(lines).toEqual([
      `${file}:7: roles[0].to: 2017 is before from: 2018-03 — an end date on or after the start date`,
    ]);
  });
});

describe('URLs', () => {
  it.each([
    ['not https', 'http://news.example.org/x', 'uses http, not https'],
    ['another scheme', 'ftp://news.example.org/x', 'uses ftp, not https'],
    ['not absolute', 'news.example.org/x', 'is not an absolute URL'],
    ['with credentials', 'https://user:secret@news.example.org/x', 'contains credentials'],
    ['localhost', 'https://localhost/x', 'points at a local or private address'],
    ['a loopback address', 'https://127.0.0.1/x', 'points at a local or private address'],
    ['a private IPv4 address', 'https://10.1.2.3/x', 'points at a local or private address'],
    ['a private IPv4 address (192.168)', 'https://192.168.1.10/x', 'points at a local or private address'],
    ['an IPv6 loopback', 'https://[::1]/x', 'points at a local or private address'],
    ['a .local host', 'https://printer.local/x', 'points at a local or private address'],
  ])('a URL %s', async (_, url, problem) => {
    const { lines } = await checkWith(change(SOURCE, 'url: https://news.example.org/2020/06/fixture', `url: ${url}`));
    expect(lines).toEqual([`${SOURCE}:4: url: "${url}" ${problem} — ${URL_RULE}`]);
  });

  it.each([
    [
      'a newline and a brace, as a YAML escape',
      '"https://news.example.org/x\\n}"',
      '"https://news.example.org/x\\n}"',
      'https://news.example.org/x%7D',
    ],
    [
      'a leading tab',
      '"\\thttps://news.example.org/x"',
      '"\\thttps://news.example.org/x"',
      'https://news.example.org/x',
    ],
    [
      'a space inside',
      '"https://news.example.org/a b"',
      '"https://news.example.org/a b"',
      'https://news.example.org/a%20b',
    ],
    [
      'a backslash host',
      'https://news.example.org\\@evil.example/',
      '"https://news.example.org\\@evil.example/"',
      'https://news.example.org/@evil.example/',
    ],
    [
      'a brace in the query',
      'https://news.example.org/?q={x}',
      '"https://news.example.org/?q={x}"',
      'https://news.example.org/?q=%7Bx%7D',
    ],
  ])('a URL with %s, named with its canonical form', async (_, written, shown, canonical) => {
    const { lines } = await checkWith(
      change(SOURCE, 'url: https://news.example.org/2020/06/fixture', `url: ${written}`),
    );
    expect(lines).toEqual([
      `${SOURCE}:4: url: ${shown} is not in its canonical form: write ${canonical} — ${URL_RULE}`,
    ]);
  });

  it('a URL longer than 2,048 characters', async () => {
    const url = `https://news.example.org/${'a'.repeat(3000)}`;
    const { lines } = await checkWith(change(SOURCE, 'url: https://news.example.org/2020/06/fixture', `url: ${url}`));
    expect(lines).toEqual([`${SOURCE}:4: url: is ${url.length} characters long — ${URL_RULE}`]);
  });

  it('the same rule for every URL field (archived, website)', async () => {
    const person = 'content/people/fixture-minister.mdx';
    const { lines } = await checkWith({
      ...change(SOURCE, 'type: news', 'type: news\narchived: http://web.archive.org/x'),
      ...change(person, 'jurisdiction: nl', 'jurisdiction: nl\nwebsite: https://intranet/x'),
    });
    expect(lines).toEqual([
      `${person}:8: website: "https://intranet/x" points at a local or private address — ${URL_RULE}`,
      `${SOURCE}:7: archived: "http://web.archive.org/x" uses http, not https — ${URL_RULE}`,
    ]);
  });
});

describe('YAML and the frontmatter', () => {
  it.each([
    [
      'a list never closed',
      'sources: [fixture-news-2020]',
      'sources: [fixture-news-2020',
      7,
      'Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'a colon in unquoted text',
      'text: "Encryption keeps everyone safe"',
      'text: Encryption: keeps everyone safe',
      2,
      'Nested mappings are not allowed in compact mappings',
    ],
    [
      'a field given twice',
      'letter: fixture-letter-2020',
      'letter: fixture-letter-2020\nstance: supports',
      8,
      'Map keys must be unique',
    ],
    [
      'a tab for indentation',
      'sources: [fixture-news-2020]',
      'sources:\n\t- fixture-news-2020',
      7,
      'Tabs are not allowed as indentation',
    ],
  ])('malformed YAML: %s', async (_, from, to, line, message) => {
    const { lines } = await checkWith(change(QUOTE, from, to));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${QUOTE}:${line}: malformed YAML: ${escape(message)}.* — valid YAML: `));
  });

  it('no frontmatter', async () => {
    const { lines } = await checkWith({ [QUOTE]: 'Just text.\n' });
    expect(lines).toEqual([
      `${QUOTE}:1: does not start with frontmatter — a first line of ---, then the YAML fields, then a line of ---`,
    ]);
  });

  it('frontmatter never closed', async () => {
    const { lines } = await checkWith({ [QUOTE]: fixtureText(QUOTE).replace(/\n---\n/, '\n') });
    expect(lines).toEqual([`${QUOTE}:1: the frontmatter is never closed — a line of --- after the last field`]);
  });

  it('a line starting with --- inside the frontmatter, where Astro would end it', async () => {
    const { lines } = await checkWith(change(QUOTE, 'stance: opposes', 'stance: opposes\n---note: checked'));
    expect(lines).toEqual([
      `${QUOTE}:6: the line "---note: checked" would end the frontmatter — close the frontmatter with a line of exactly ---; no other line may start with ---`,
    ]);
  });

  it('accepts Windows line endings and a byte-order mark', async () => {
    const text = `\uFEFF${fixtureText(QUOTE).replaceAll('\n', '\r\n')}`;
    const { lines } = await checkWith({ [QUOTE]: text, ...change(SOURCE, 'type: news', 'type: newspaper') });
    // The CRLF file is clean; a problem in another file still has its line.
    expect(lines).toEqual([
      `${SOURCE}:6: type: found "newspaper" — expected one of: news, letter, press-release, transcript, report, legislation, statement, other`,
    ]);
  });

  it('a broken file still takes its id: references to it are not reported as missing too', async () => {
    const { lines } = await checkWith(
      change('content/people/fixture-minister.mdx', 'name: Fixture Minister', 'name: [Fixture Minister'),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/people\/fixture-minister\.mdx:\d+: malformed YAML: /);
  });
});

describe('sources', () => {
  it('a second source entry for a URL already recorded, whatever its #fragment', async () => {
    const file = 'content/sources/fixture-news-2020-again.mdx';
    const text = fixtureText(SOURCE);
    const url = /^url: (.+)$/m.exec(text)![1]!;
    const { lines } = await checkWith({ [file]: text.replace(/^url: .+$/m, `url: ${url}#top`) });
    expect(lines).toEqual([
      `${file}:${text.split('\n').findIndex((line) => line.startsWith('url:')) + 1}: url: ${url}#top is already recorded as ${SOURCE} — one source entry per URL: cite fixture-news-2020 instead`,
    ]);
  });
});

describe('ids and file names', () => {
  it.each(['Bad_Name', 'x', 'double--hyphen', '-leading', 'trailing-', 'ünïcode', 'a'.repeat(81), 'Capitalised'])(
    'a file name that is not a valid id: %s',
    async (name) => {
      const file = `content/sources/${name}.mdx`;
      const { lines } = await checkWith({ [file]: fixtureText(SOURCE) });
      expect(lines).toContain(`${file}: the file name "${name}" is not a valid id — ${ID_RULE}`);
    },
  );

  it('an id that differs from another only in case', async () => {
    const file = 'content/people/Fixture-Minister.mdx';
    const { lines } = await checkWith({ [file]: fixtureText('content/people/fixture-minister.mdx') });
    expect(lines).toEqual([
      `${file}: the file name "Fixture-Minister" is not a valid id — ${ID_RULE}`,
      `${file}: the id "Fixture-Minister" is already used by content/people/fixture-minister.mdx — an id no person or organisation uses, ignoring case (people and organisations share one set of ids)`,
    ]);
  });

  it('an actor id used by both a person and an organisation', async () => {
    const { lines } = await checkWith({
      'content/people/fixture-ministry.mdx': '---\nname: A person named like the ministry\n---\n',
    });
    expect(lines).toEqual([
      'content/organisations/fixture-ministry.mdx: the id "fixture-ministry" is already used by content/people/fixture-ministry.mdx — an id no person or organisation uses, ignoring case (people and organisations share one set of ids)',
    ]);
  });

  it('an id whose address is one of the site\u2019s own pages', async () => {
    const file = 'content/letters/signatories.mdx';
    const { lines } = await checkWith({ [file]: fixtureText('content/letters/fixture-letter-2020.mdx') });
    expect(lines).toEqual([
      `${file}: the file name "signatories" would put the entry at /letters/signatories/, which is the site\u2019s own page — another id`,
    ]);
  });

  it('the same id in two collections that are not both actors is fine', async () => {
    const { lines } = await checkWith({
      'content/sources/fixture-letter-2020.mdx': fixtureText(SOURCE).replace('2020/06/fixture', '2020/06/letter'),
    });
    expect(lines).toEqual([]);
  });
});

describe('files', () => {
  it(`a file over ${MAX_FILE_BYTES / 1024} KB, refused unread; its id still counts`, async () => {
    const text = fixtureText(SOURCE);
    const padded = (bytes: number) => text + 'x'.repeat(bytes - Buffer.byteLength(text));
    expect((await checkWith({ [SOURCE]: padded(MAX_FILE_BYTES) })).lines).toEqual([]);
    expect((await checkWith({ [SOURCE]: padded(MAX_FILE_BYTES + 1) })).lines).toEqual([
      `${SOURCE}: is 201 KB — an entry file of at most 200 KB`,
    ]);
  });

  it('anything that would not be published: a stray folder, a .md file, a folder inside a collection', async () => {
    const { lines } = await checkWith({
      'content/drafts/idea.mdx': fixtureText(SOURCE),
      'content/quotes/notes.md': 'A note.\n',
      'content/quotes/nested/deep.mdx': fixtureText(QUOTE),
      'content/README.md': 'The record.\n',
    });
    expect(lines).toEqual([
      'content/drafts: is not a collection folder, so nothing in it would be published — one of content/letters/, content/quotes/, content/positions/, content/people/, content/organisations/, content/jurisdictions/, content/sources/',
      'content/quotes/nested: is a folder; entries sit directly in the collection folder — content/quotes/<id>.mdx',
      'content/quotes/notes.md: is not an .mdx file, so it would not be published — content/quotes/<id>.mdx',
    ]);
  });
});

describe('supersedes chains', () => {
  it('a chain that loops', async () => {
    const { lines } = await checkWith(
      change(
        OLDER_POSITION,
        'sources: [fixture-news-2020]',
        'sources: [fixture-news-2020]\nsupersedes: fixture-nl-2020-06',
      ),
    );
    expect(lines).toEqual([
      `${OLDER_POSITION}:8: supersedes: this position (2019) is older than the one it supersedes (2020-06-01) — supersede an earlier position`,
      `${OLDER_POSITION}:8: supersedes: the chain loops: fixture-nl-2019 → fixture-nl-2020-06 → fixture-nl-2019 — each position supersedes an older one, and the oldest supersedes none`,
    ]);
  });

  it('a position that supersedes itself', async () => {
    const { lines } = await checkWith(
      change(POSITION, 'supersedes: fixture-nl-2019', 'supersedes: fixture-nl-2020-06'),
    );
    expect(lines).toEqual([
      `${POSITION}:10: supersedes: the chain loops: fixture-nl-2020-06 → fixture-nl-2020-06 — each position supersedes an older one, and the oldest supersedes none`,
    ]);
  });

  it('a chain that crosses jurisdictions', async () => {
    const { lines } = await checkWith({
      'content/jurisdictions/de.mdx': '---\nname: Germany\ncode: DE\nkind: country\n---\n',
      ...change(OLDER_POSITION, 'jurisdiction: nl', 'jurisdiction: de'),
    });
    expect(lines).toEqual([
      `${POSITION}:10: supersedes: "fixture-nl-2019" is a position of de, this one of nl — a position of the same jurisdiction: a chain is one jurisdiction’s stance history`,
    ]);
  });

  it('a chain that crosses bodies, naming both positions and both actors', async () => {
    const { lines } = await checkWith(change(OLDER_POSITION, 'actor: fixture-ministry', 'actor: fixture-police'));
    expect(lines).toEqual([
      `${POSITION}:10: supersedes: "fixture-nl-2019" (${OLDER_POSITION}) is a position of fixture-police, this one of fixture-ministry — a position of fixture-ministry, or no supersedes: a chain is one body’s stance history, and different bodies stand side by side`,
    ]);
  });

  it('a position superseded twice', async () => {
    const file = 'content/positions/fixture-nl-2020-07.mdx';
    const { lines } = await checkWith({
      [file]: fixtureText(POSITION).replace('date: 2020-06-01', 'date: 2020-07-01'),
    });
    expect(lines).toEqual([
      `${file}:10: supersedes: "fixture-nl-2019" is already superseded by positions/fixture-nl-2020-06 — a position is superseded once: supersede the newest position in the chain`,
    ]);
  });
});

describe('links between entries', () => {
  it('a body link to an entry that does not exist', async () => {
    const { lines } = await checkWith(change(QUOTE, '(/letters/fixture-letter-2020/)', '(/letters/no-such-letter/)'));
    expect(lines).toEqual([
      `${QUOTE}:10: body: links to /letters/no-such-letter/, but there is no entry letters/no-such-letter — a path /letters/<id>/ whose id is a file in content/letters/`,
    ]);
  });

  it('a body link that is not a page of the site, or is relative', async () => {
    const { lines } = await checkWith(
      change(QUOTE, '(/letters/fixture-letter-2020/)', '(/blog/post/) and [this](letters/fixture-letter-2020/)'),
    );
    expect(lines).toEqual([
      `${QUOTE}:10: body: the link /blog/post/ is not a page of this site — an https:// URL, or a site path such as /people/josh-earnest/`,
      `${QUOTE}:10: body: the link letters/fixture-letter-2020/ is a relative link; write the site path from the root, e.g. /people/josh-earnest/ — an https:// URL, or a site path such as /people/josh-earnest/`,
    ]);
  });

  it('deleting an entry that others still reference reports every reference, frontmatter and body', async () => {
    const { lines } = await checkWith({ 'content/organisations/fixture-ministry.mdx': null });
    const missing =
      'does not exist in organisations — the id of a file in content/organisations/: add that entry first, or update this reference if it was renamed';
    expect(lines).toEqual([
      `content/organisations/fixture-police.mdx:5: parent: "fixture-ministry" ${missing}`,
      `content/organisations/fixture-police.mdx:8: body: links to /organisations/fixture-ministry/, but there is no entry organisations/fixture-ministry — a path /organisations/<id>/ whose id is a file in content/organisations/`,
      `content/people/fixture-minister.mdx:5: roles.organisation: "fixture-ministry" ${missing}`,
      `content/positions/fixture-nl-2019.mdx:3: actor: "fixture-ministry" ${missing}`,
      `${POSITION}:3: actor: "fixture-ministry" ${missing}`,
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('problems that meet', () => {
  it('an impossible date on a position in a chain is reported once, without breaking the chain checks', async () => {
    const { lines } = await checkWith(change(POSITION, 'date: 2020-06-01', 'date: 2020-02-30'));
    expect(lines).toEqual([
      `${POSITION}:5: date: "2020-02-30" does not exist: February 2020 has 29 days — a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known`,
    ]);
  });

  it('an unquoted year is compared as a date in a chain', async () => {
    const { lines } = await checkWith(change(POSITION, 'date: 2020-06-01', 'date: 2018'));
    expect(lines).toEqual([
      `${POSITION}:10: supersedes: this position (2018) is older than the one it supersedes (2019) — supersede an earlier position`,
    ]);
  });
});
