/**
 * Builds the glance fixture (tests/fixtures/glance, whose README lists what it holds) and reads what
 * each at-a-glance view shows: the timeline's entries and order, its narrowed pages, the map's fill
 * for each country and the EU's outline, the stance charts, actors' records and signatory counts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { htmlBetween } from '../helpers/html.ts';

let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite('glance');
  const result = site.build();
  expect(result.status, result.output).toBe(0);
});

afterAll(() => site?.remove());

/** The entry paths a page links to inside its timeline list, in order, each once. */
function timelineEntries(html: string): string[] {
  const list = htmlBetween(html, '<div class="timeline', '</main>');
  const ids = [...list.matchAll(/<li>\s*<a href="\/(letters|quotes|positions)\/([^/]+)\/"/g)].map((m) => m[2]!);
  return ids;
}

const NEWEST_FIRST = [
  'eu-2022',
  'mt-2021',
  'minister-2021',
  'letter-2020-10',
  'us-2020',
  'lee-2019',
  'letter-2019-07',
  'us-2018',
  'letter-2017',
  'fr-2016',
  'minister-2016',
  'letter-2016-03',
  'us-2015',
  'eu-2015',
];

describe('timeline', () => {
  it('lists every dated letter, quote and position, newest first', async () => {
    expect(timelineEntries(await site.read('/timeline/'))).toEqual(NEWEST_FIRST);
  });

  it('groups by year, then month, with year-only dates under their own heading', async () => {
    const html = await site.read('/timeline/');
    const headings = [...html.matchAll(/<h([23])[^>]*>([^<]+)<\/h\1>/g)].map((m) => m[2]);
    expect(headings).toEqual(
      expect.arrayContaining(['2022', 'May 2022', '2018', '2018, month not known', 'July 2019', 'August 2016']),
    );
    expect(headings.indexOf('2019')).toBeLessThan(headings.indexOf('July 2019'));
    expect(headings.indexOf('July 2019')).toBeLessThan(headings.indexOf('2018'));
  });

  it('shows each entry with its kind, date at its precision, stance and actor', async () => {
    const html = await site.read('/timeline/');
    const item = htmlBetween(html, 'href="/letters/letter-2019-07/"', '</li>');
    expect(item).toContain('Letter');
    expect(item).toContain('<time datetime="2019-07">July 2019</time>');
    expect(item).toContain('stance-opposes');
    expect(item).toMatch(/Signed by .*href="\/organisations\/acme\/".*and 2 more/s);
  });

  it('is narrowed by jurisdiction, kind and stance on pre-built pages', async () => {
    expect(timelineEntries(await site.read('/timeline/in/us/'))).toEqual([
      'us-2020',
      'letter-2019-07',
      'us-2018',
      'letter-2016-03',
      'us-2015',
    ]);
    expect(timelineEntries(await site.read('/timeline/quotes/'))).toEqual([
      'minister-2021',
      'lee-2019',
      'minister-2016',
    ]);
    expect(timelineEntries(await site.read('/timeline/in/us/positions/supports/'))).toEqual(['us-2020', 'us-2015']);
  });

  it('links each narrowing with its count, keeps the others, and marks the current one', async () => {
    const html = await site.read('/timeline/in/us/');
    expect(html).toMatch(/<a href="\/timeline\/in\/us\/" aria-current="page"[^>]*>\s*United States \(5\)/);
    expect(html).toMatch(/<a href="\/timeline\/in\/us\/letters\/"[^>]*>\s*Letters \(2\)/);
    expect(html).toMatch(/<a href="\/timeline\/"[^>]*>\s*All \(14\)/);
    // Nothing in the US is undecided: shown, not linked.
    expect(html).toMatch(/<span class="filter-empty"[^>]*>Undecided \(0\)<\/span>/);
  });

  it('is linked from a jurisdiction page', async () => {
    expect(await site.read('/jurisdictions/us/')).toContain('href="/timeline/in/us/"');
  });

  it('gives an actor whose page lists their whole record no timeline page of their own', async () => {
    const html = await site.read('/people/professor-lee/');
    const record = htmlBetween(html, 'id="record-heading"', '</section>');
    expect([...record.matchAll(/data-entry="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'letters/letter-2016-03',
      'quotes/lee-2019',
    ]);
    expect(html).not.toContain('/timeline/by/');
    expect(record).toContain('This is their timeline, whole; <a href="/timeline/">the timeline</a> shows everyone’s.');
    expect(existsSync(path.join(site.root, 'dist/timeline/by/professor-lee/index.html'))).toBe(false);
  });
});

describe('map', () => {
  it('fills each country with a jurisdiction entry by its current stance, and links it', async () => {
    const html = await site.read('/map/');
    const fills = Object.fromEntries(
      [...html.matchAll(/data-code="([A-Z]{2})" data-fill="([a-z]+)"/g)].map((m) => [m[1], m[2]]),
    );
    expect(fills).toMatchObject({ US: 'supports', FR: 'supports', DE: 'none', CN: 'unlisted' });
    expect(html).toMatch(
      /<a href="\/jurisdictions\/us\/" aria-label="United States: supports"[^>]*>\s*<path[^>]*fill="url\(#map-fill-supports\)"/,
    );
    expect(html).toContain('aria-label="France: supports; member of European Union"');
  });

  it('outlines the EU’s members and says its stance in the legend', async () => {
    const html = await site.read('/map/');
    const bloc = htmlBetween(html, 'data-bloc="EU"', '</g>');
    const members = [...bloc.matchAll(/data-code="([A-Z]{2})"/g)].map((m) => m[1]);
    expect(members).toEqual(expect.arrayContaining(['FR', 'DE', 'NL', 'PL']));
    expect(members).not.toContain('US');
    expect(members).not.toContain('GB');
    expect(html).toMatch(/member of the European Union \(its position:\s*Mixed ±\)/);
  });

  it('has the same data as a table, and names what is too small to draw', async () => {
    const html = await site.read('/map/');
    const row = htmlBetween(html, '<tr data-jurisdiction="mt"', '</tr>');
    expect(row).toContain('stance-undecided');
    expect(htmlBetween(html, '<tr data-jurisdiction="de"', '</tr>')).toContain('No position recorded');
    expect(html).toMatch(/Too small to draw at this scale, and in the table: Malta\./);
    // The map adds no script: the page has only the ones every page has (the header's search box).
    const scripts = (page: string) => page.match(/<script\b/g)?.length ?? 0;
    expect(scripts(html)).toBe(scripts(await site.read('/about/')));
  });

  it('leads the home page, with the way into the timeline', async () => {
    const html = await site.read('/');
    expect(html).toContain('class="map-svg"');
    expect(html).toMatch(/<a href="\/timeline\/">Timeline<\/a>: all 14 dated letters, quotes and positions/);
  });
});

describe('stance over time', () => {
  it('charts each chain on the jurisdiction page and the body’s page, oldest first', async () => {
    for (const path of ['/jurisdictions/us/', '/organisations/us-justice/']) {
      const html = await site.read(path);
      const points = [...html.matchAll(/data-position="([^"]+)" data-stance="([a-z]+)"/g)].map(
        (m) => `${m[1]}:${m[2]}`,
      );
      expect(points, path).toEqual(['us-2015:supports', 'us-2018:mixed', 'us-2020:supports']);
      expect(html).toMatch(
        /role="img" aria-label="Stance over time\. US Justice Department: supports from 8 July 2015, then mixed from 2018, then supports from 11 October 2020\."/,
      );
    }
  });

  it('lists everything an actor said, signed or held, oldest first, with each stance', async () => {
    const html = await site.read('/people/minister-martin/');
    const record = htmlBetween(html, 'id="record-heading"', '</section>');
    const items = [
      ...record.matchAll(/data-entry="([^"]+)"[\s\S]*?<span>(Said|Signed|Held)<\/span>[\s\S]*?stance-([a-z]+)/g),
    ].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(items).toEqual(['quotes/minister-2016 Said supports', 'quotes/minister-2021 Said mixed']);
  });
});

describe('a position’s title', () => {
  it('says who, on what, when — the same on its page, the timeline and the feed', async () => {
    const title = 'US Justice Department on an invented question of 2018, 2018';
    const page = await site.read('/positions/us-2018/');
    expect(page).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
    expect(page).toMatch(new RegExp(`<title>${title}`));
    expect(await site.read('/timeline/')).toContain(`>${title}</a>`);
    expect(await site.read('/feeds/all.xml')).toContain(`<title>Position: ${title}</title>`);
  });
});

describe('who signed with whom', () => {
  it('groups a letter’s signatories by kind, with counts', async () => {
    const html = await site.read('/letters/letter-2019-07/');
    const section = htmlBetween(html, 'id="signatories-heading"', 'Who signs with whom, across all letters');
    expect(section).toContain('Who signed: 5 signatories');
    const groups = [...section.matchAll(/data-group="([a-z-]+)"[\s\S]*?\((\d+)\)/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(groups).toEqual(['company=2', 'civil-society=2', 'academic=1']);
  });

  it('says a partial list is partial: named of reported, on the letter and beside the matrix', async () => {
    const html = await site.read('/letters/letter-2017/');
    const section = htmlBetween(html, 'id="signatories-heading"', 'Who signs with whom, across all letters');
    expect(section).toContain('Who signed: 2 named of 40–45 reported');
    expect(section).toContain('The list is partial');
    expect(html).toMatch(/<dt>How many signed<\/dt>\s*<dd>2 named of 40–45 reported<\/dd>/);
    const complete = await site.read('/letters/letter-2019-07/');
    expect(complete).not.toContain('The list is partial');
    const matrixPage = await site.read('/letters/signatories/');
    const counting = htmlBetween(matrixPage, 'id="counting-heading"', '</section>');
    // Words and numbers keep their spaces: "1 of the 4 letters", "at least 2 letters".
    expect(counting).toContain(' 1 of the 4 letters name only some');
    expect(counting).toContain('only when named on at least 2 letters. One letter');
    expect(counting).toMatch(/Industry letter<\/a>: 2 named of 40–45 reported/);
  });

  it('shows an organisation’s letters and who it signed with most often', async () => {
    const html = await site.read('/organisations/acme/');
    expect(html).toContain('Letters signed: 3');
    const partners = [...html.matchAll(/<li data-actor="([^"]+)">[\s\S]*?: (\d+) letters?/g)].map(
      (m) => `${m[1]}=${m[2]}`,
    );
    expect(partners.slice(0, 3)).toEqual(['rights-group=3', 'globex=2', 'privacy-org=2']);
  });

  it('draws the matrix of the most frequent signatories, with everyone behind it', async () => {
    const html = await site.read('/letters/signatories/');
    const matrix = htmlBetween(html, '<table class="signatory-matrix"', '</table>');
    // Professor Lee and the university signed one letter each: not rows, however the names sort.
    expect(matrix).toMatch(
      /The 5 most frequent named signatories \(each named on at least two letters\) against the 4 letters they signed most together\. A ● marks/,
    );
    const rows = [...matrix.matchAll(/<tr data-actor="([^"]+)"/g)].map((m) => m[1]);
    expect(rows.slice(0, 3)).toEqual(['acme', 'globex', 'rights-group']);
    // Letters are ordered by who signed them: Acme's three first, the one without Acme last.
    const columns = [...matrix.matchAll(/data-letter="([^"]+)"/g)].map((m) => m[1]);
    expect(columns.at(-1)).toBe('letter-2017');
    expect(columns).toHaveLength(4);
    const acmeRow = htmlBetween(matrix, '<tr data-actor="acme"', '</tr>');
    expect(acmeRow.match(/class="signed"/g)).toHaveLength(3);
    const all = htmlBetween(html, '<table class="all-signatories"', '</table>');
    expect([...all.matchAll(/<tr data-actor="([^"]+)"/g)]).toHaveLength(7);
    expect(htmlBetween(all, 'data-actor="fixture-university"', '</tr>')).toMatch(
      /Academic institution<\/td>\s*<td>1<\/td>/,
    );
  });
});
