/**
 * Builds the glance fixture (tests/fixtures/record-views, whose README lists what it holds) and reads what
 * each at-a-glance view shows: the timeline's entries and order, its narrowed pages, the map's fill
 * for each country and the EU's outline, the stance charts, actors' records and signatory counts.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { bareStanceLabels } from '../helpers/bare-stance.ts';
import { htmlBetween } from '../helpers/html.ts';

let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite('record-views');
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
  'fr-2023-assembly',
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
    expect(html).toMatch(/<a href="\/timeline\/"[^>]*>\s*All \(15\)/);
    // Nothing in the US is undecided: shown, not linked.
    expect(html).toMatch(/<span class="filter-empty"[^>]*>Undecided on mandated access \(0\)<\/span>/);
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
    expect(fills).toMatchObject({ US: 'supports', FR: 'divided', DE: 'none', CN: 'unlisted' });
    expect(html).toMatch(
      /<a href="\/jurisdictions\/us\/" aria-label="United States: for mandated access"[^>]*>\s*<title>United States: for mandated access<\/title>\s*<path[^>]*fill="url\(#map-fill-supports\)"/,
    );
    expect(html).toMatch(
      /<a href="\/jurisdictions\/fr\/" aria-label="France: divided \(its bodies’ current positions differ\); member of European Union"[^>]*>\s*<title>[^<]*<\/title>\s*<path[^>]*fill="url\(#map-fill-divided\)"/,
    );
  });

  it('draws divided with its own texture and legend entry, and states the rule', async () => {
    const html = await site.read('/map/');
    expect(html).toMatch(/<pattern id="map-fill-divided"/);
    expect(html).toMatch(
      /<rect[^>]*fill="url\(#map-fill-divided\)"[^>]*>(?:<\/rect>)?\s*<\/svg>\s*Divided ≠ \(checks\): its bodies’ current positions differ/,
    );
    expect(htmlBetween(html, 'id="divided-rule"', '</p>')).toContain('Every body counts');
    const france = htmlBetween(html, '<tr data-jurisdiction="fr"', '</tr>');
    expect(france).toContain('stance-divided');
    // Each body on its own line, the newest current position first; the old one says its age.
    expect([...france.matchAll(/href="\/positions\/([^/]+)\/"/g)].map((m) => m[1])).toEqual([
      'fr-2023-assembly',
      'fr-2016',
    ]);
    expect(france).toMatch(/23 August 2016<\/time>\s*<span[^>]*> — \d+ years ago<\/span>/);
    expect(france).not.toMatch(/20 March 2023<\/time>\s*<span/);
  });

  it('outlines the EU’s members and says its stance in the legend', async () => {
    const html = await site.read('/map/');
    const bloc = htmlBetween(html, 'data-bloc="EU"', '</g>');
    const members = [...bloc.matchAll(/data-code="([A-Z]{2})"/g)].map((m) => m[1]);
    expect(members).toEqual(expect.arrayContaining(['FR', 'DE', 'NL', 'PL']));
    expect(members).not.toContain('US');
    expect(members).not.toContain('GB');
    // The EU itself is selectable: the legend links its entry, and its badge the stance question.
    const legend = htmlBetween(html, 'Dashed outline', '</li>');
    expect(legend).toMatch(/<a href="\/jurisdictions\/eu\/"[^>]*>European Union<\/a>/);
    expect(legend).toMatch(/its position:\s*<a class="stance stance-mixed" href="\/about\/#stance-question"/);
  });

  it('enlarges Europe: each country on record links to its page, with a name shown on hover and focus', async () => {
    const html = await site.read('/map/');
    const europe = htmlBetween(html, '<svg class="map-svg map-svg-europe"', '</svg>');
    const links = [
      ...europe.matchAll(/<a href="\/jurisdictions\/([a-z]+)\/" aria-label="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g),
    ];
    expect(links.map((m) => m[1]).sort()).toEqual(['de', 'fr', 'mt']);
    for (const [, , name, inner] of links) {
      const short = name!.replace(/; member of .*/, '');
      expect(inner).toContain(`<title>${short}</title>`);
      expect(inner).toMatch(new RegExp(`<text class="map-name"[^>]*>${short.replace(/[()]/g, '\\$&')}</text>`));
    }
    // Malta, too small for the world map, is here as a marker of its own.
    const malta = links.find((m) => m[1] === 'mt')![3]!;
    expect(malta).toMatch(/<circle class="map-country map-marker map-undecided"[^>]*r="9"/);
    expect(malta).not.toContain('<path');
    // The panel is drawn at its own width in CSS px: one unit, one px.
    expect(europe).toMatch(/viewBox="0 0 560 \d+" width="560"/);
  });

  it('has the same data as a table, and names what is too small to draw', async () => {
    const html = await site.read('/map/');
    const row = htmlBetween(html, '<tr data-jurisdiction="mt"', '</tr>');
    expect(row).toContain('stance-undecided');
    expect(htmlBetween(html, '<tr data-jurisdiction="de"', '</tr>')).toContain('No position recorded');
    // Malta is drawn in the Europe panel, so nothing is left to name as too small.
    expect(html).not.toContain('Too small to draw');
    // The map adds no script: the page has only the ones every page has (the header's search box).
    const scripts = (page: string) => page.match(/<script\b/g)?.length ?? 0;
    expect(scripts(html)).toBe(scripts(await site.read('/about/')));
  });

  it('leads the home page, with the way into the timeline', async () => {
    const html = await site.read('/');
    expect(html).toContain('class="map-svg map-svg-world"');
    expect(html).toContain('class="map-svg map-svg-europe"');
    expect(html).toMatch(/<a href="\/timeline\/">Timeline<\/a>: all 15 dated letters, quotes and positions/);
  });
});

describe('where it stands now', () => {
  it('opens a jurisdiction page with one line per body: stance, since when, what about, link', async () => {
    const html = await site.read('/jurisdictions/fr/');
    const now = htmlBetween(html, 'id="stands-now-heading"', '</section>');
    expect(html.indexOf('id="stands-now-heading"')).toBeLessThan(html.indexOf('<dt>Code</dt>'));
    expect(now).toMatch(/Divided ≠:\s*<\/strong>\s*its bodies’ current positions differ/);
    const lines = [...now.matchAll(/<li data-body="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(lines.map((m) => m[1])).toEqual(['fr-assembly', 'fr-interior']);
    expect(lines[0]![2]).toContain('stance-opposes');
    expect(lines[0]![2]).toMatch(/since\s+<time datetime="2023-03-20">20 March 2023<\/time>\s*<p[\s>]/);
    expect(lines[0]![2]).toMatch(
      /An invented position of the glance fixture, taken by a second French body that disagrees with the first, so that France is divided on…/,
    );
    expect(lines[0]![2]).toMatch(/<a href="\/positions\/fr-2023-assembly\/"[^>]*>Read the position<\/a>/);
    expect(lines[1]![2]).toMatch(
      /since\s+<time datetime="2016-08-23">23 August 2016<\/time>\s*<span[^>]*> — \d+ years ago/,
    );
  });

  it('charts each body on its own', async () => {
    const html = await site.read('/jurisdictions/fr/');
    const charts = [...html.matchAll(/data-history-body="([^"]+)"[^>]*>[\s\S]*?role="img" aria-label="([^"]+)"/g)].map(
      (m) => m[2],
    );
    expect(charts).toEqual([
      'Stance over time. French Assembly: against mandated access from 20 March 2023.',
      'Stance over time. French Interior Ministry: for mandated access from 23 August 2016.',
    ]);
  });
});

describe('stance over time', () => {
  it('charts each body’s positions on the jurisdiction page and the body’s page, oldest first', async () => {
    for (const path of ['/jurisdictions/us/', '/organisations/us-justice/']) {
      const html = await site.read(path);
      const points = [...html.matchAll(/data-position="([^"]+)" data-stance="([a-z]+)"/g)].map(
        (m) => `${m[1]}:${m[2]}`,
      );
      expect(points, path).toEqual(['us-2015:supports', 'us-2018:mixed', 'us-2020:supports']);
      // The band labels stand under a title that names what they are about.
      expect(html).toMatch(/<text class="chart-title"[^>]*>\s*On mandated access:\s*<\/text>/);
      expect(html).toMatch(
        /role="img" aria-label="Stance over time\. US Justice Department: for mandated access from 8 July 2015, then mixed on mandated access from 2018, then for mandated access from 11 October 2020\."/,
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

describe('stance labels', () => {
  it('the detector catches the old bare labels', () => {
    expect(
      bareStanceLabels(
        '<span>Supports</span><a>✕ Opposes (3)</a><title>UK Government: supports, 26 October 2023</title>' +
          '<a aria-label="France: opposes; member of European Union"></a><category>Opposes</category>' +
          '{"label":"Supports"}<h1>Timeline · Netherlands · mixed</h1>',
      ),
    ).toEqual([
      'Supports',
      '✕ Opposes (3)',
      'UK Government: supports, 26 October 2023',
      'Opposes',
      'Timeline · Netherlands · mixed',
      'France: opposes; member of European Union',
    ]);
    expect(
      bareStanceLabels(
        '<span>For mandated access</span><a aria-label="France: against mandated access">x</a>' +
          '<p>The minister opposes the bill, and the letter supports encryption.</p>',
      ),
    ).toEqual([]);
  });

  it('never stand alone in a built page, feed or data file: each names what it is about', async () => {
    const dist = path.join(site.root, 'dist');
    const files = (await readdir(dist, { recursive: true })).filter(
      (file) => /\.(html|xml|json)$/.test(file) && !file.startsWith('pagefind'),
    );
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      for (const label of bareStanceLabels(await readFile(path.join(dist, file), 'utf8')))
        found.push(`${file}: ${label}`);
    }
    expect(found).toEqual([]);
  });

  it('badges and the map legend link to the stance question', async () => {
    const html = await site.read('/map/');
    expect(html).toMatch(/<a class="stance stance-supports" href="\/about\/#stance-question"/);
    expect(htmlBetween(html, '<ul class="map-legend"', '</ul>')).toContain('href="/about/#stance-question"');
    expect(await site.read('/about/')).toContain('<h2 id="stance-question">');
  });
});
