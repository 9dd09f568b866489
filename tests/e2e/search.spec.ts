/**
 * Search on the built fixture site (tests/fixtures/search): each test says which entries a search
 * returns, from what the fixture's entries contain.
 */
import { expect, type Page, test } from '@playwright/test';
import {
  expectAnnounced,
  expectCounted,
  facetCounts,
  filterBox,
  openFilter,
  resultPaths,
  searchUrl,
  status,
} from './support/search-page.ts';

/** Every entry whose own text has "encryption" or another form of it ("encrypted"). */
const ENCRYPTION = [
  '/letters/open-net-letter-2019/',
  '/letters/securechat-letter-2022/',
  '/people/alex-harper/',
  '/positions/gb-2015-supports/',
  '/positions/nl-2018-opposes/',
  '/quotes/de-vries-encryption-protects/',
  '/quotes/harper-lawful-access/',
  '/quotes/harper-thorny-policy-challenge/',
  '/quotes/okafor-warrant-proof/',
];

test.describe('words', () => {
  test('a word finds every entry with it or another form of it, and nothing else', async ({ page }) => {
    await page.goto(searchUrl());
    await page.getByLabel('Search letters, quotes, positions and everyone in them').fill('encryption');
    await expectAnnounced(page, '9 results for “encryption”.');
    expect((await resultPaths(page)).sort()).toEqual(ENCRYPTION);
    await expect(page).toHaveURL(searchUrl('q=encryption'));
  });

  test('a quoted query matches the exact phrase, where the same words apart do not', async ({ page }) => {
    await page.goto(searchUrl('q=thorny+policy+challenge'));
    await expectAnnounced(page, '2 results for “thorny policy challenge”.');
    expect((await resultPaths(page)).sort()).toEqual([
      '/letters/open-net-letter-2019/',
      '/quotes/harper-thorny-policy-challenge/',
    ]);

    await page.goto(searchUrl(`q=${encodeURIComponent('"thorny policy challenge"')}`));
    await expectAnnounced(page, '1 result for the exact phrase "thorny policy challenge".');
    expect(await resultPaths(page)).toEqual(['/quotes/harper-thorny-policy-challenge/']);
  });

  test('a phrase typed with typographic quotes is an exact phrase too', async ({ page }) => {
    await page.goto(searchUrl());
    await page.locator('#search-input').fill('“thorny policy challenge”');
    await expectAnnounced(page, /^1 result for the exact phrase/);
    expect(await resultPaths(page)).toEqual(['/quotes/harper-thorny-policy-challenge/']);
  });

  test("a quote's words weigh more than body prose", async ({ page }) => {
    // The quote says "interception" once; the letter's body says it three times.
    await page.goto(searchUrl('q=interception'));
    await expectAnnounced(page, '2 results for “interception”.');
    expect(await resultPaths(page)).toEqual(['/quotes/okafor-warrant-proof/', '/letters/securechat-letter-2022/']);
  });

  test('a quote result shows kind, date, stance, its words with the match marked and its speaker; others an excerpt', async ({
    page,
  }) => {
    await page.goto(searchUrl('q=thorny'));
    await expectAnnounced(page, '2 results for “thorny”.');
    const quote = page
      .locator('.search-result')
      .filter({ has: page.locator('a[href^="/quotes/harper-thorny-policy-challenge/"]') });
    await expect(quote.locator('.search-result-kind')).toHaveText('Quote');
    await expect(quote.locator('time')).toHaveText('1 March 2016');
    await expect(quote.locator('time')).toHaveAttribute('datetime', '2016-03-01');
    await expect(quote.locator('.stance')).toHaveText('?Undecided on mandated access');
    await expect(quote.locator('.stance')).toHaveClass(/stance-undecided/);
    await expect(quote.locator('blockquote')).toHaveText(
      'Encryption is a thorny policy challenge for every government',
    );
    await expect(quote.locator('blockquote mark')).toHaveText(['thorny']);
    await expect(quote.locator('.search-result-speaker')).toHaveText('— Alex Harper');
    await expect(quote.getByRole('heading', { level: 2 })).toHaveText(
      'Alex Harper: “Encryption is a thorny policy challenge for every government”',
    );

    const letter = page
      .locator('.search-result')
      .filter({ has: page.locator('a[href^="/letters/open-net-letter-2019/"]') });
    await expect(letter.locator('.search-result-kind')).toHaveText('Letter');
    await expect(letter.locator('time')).toHaveText('28 June 2019');
    await expect(letter.locator('.stance')).toHaveText('✕Against mandated access');
    await expect(letter.locator('.search-result-excerpt mark')).toHaveText(['thorny']);
    await expect(letter.locator('blockquote')).toHaveCount(0);
  });

  test("a result's excerpt is its own prose, not its facts table", async ({ page }) => {
    await page.goto(searchUrl('q=wire+report'));
    await expectAnnounced(page, /^\d+ results? for “wire report”\.$/);
    const excerpt = page
      .locator('.search-result')
      .filter({ has: page.locator('a[href^="/sources/wire-2021-11-16/"]') })
      .locator('.search-result-excerpt');
    await expect(excerpt).toContainText('A wire report of the search fixture.');
    // The source's facts table: publisher, date, type and link, which were once run together here.
    await expect(excerpt).not.toContainText(/Publisher|Published|Type|Fixture Wire|wire\.example\.org/);
  });
});

test.describe('filters', () => {
  test('show how many results each value has for the current words, and hide values with none', async ({ page }) => {
    await page.goto(searchUrl('q=encryption'));
    await expectAnnounced(page, '9 results for “encryption”.');
    expect(await facetCounts(page, 'kind')).toEqual({ letter: 2, quote: 4, position: 2, person: 1 });
    expect(await facetCounts(page, 'stance')).toEqual({ opposes: 4, supports: 3, undecided: 1 });
    expect(await facetCounts(page, 'jurisdiction')).toEqual({ gb: 5, nl: 3, us: 1 });
    expect(await facetCounts(page, 'year')).toEqual({ 2022: 1, 2021: 1, 2019: 1, 2018: 2, 2017: 1, 2016: 1, 2015: 1 });
    await expect(filterBox(page, 'Jurisdiction', 'United Kingdom')).toBeVisible();
  });

  test('a folded filter is counted when it is opened, and its file loaded only then', async ({ page }) => {
    const filterFiles = new Set<string>();
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_filter')) filterFiles.add(request.url());
    });
    await page.goto(searchUrl('q=encryption'));
    await expectAnnounced(page, '9 results for “encryption”.');
    await expectCounted(page, 'kind');
    // Twelve people and organisations: more than a list shown open, so the filter starts folded.
    await expect(page.locator('[data-facet="actor"]')).not.toHaveAttribute('open');
    await expect(page.locator('[data-facet="actor"]')).toHaveAttribute('data-counted', 'false');
    expect(filterFiles.size).toBe(4); // kind, stance, jurisdiction, year

    await openFilter(page, 'People and organisations');
    expect(await facetCounts(page, 'actor')).toEqual({
      'alex-harper': 4,
      securechat: 2,
      'justice-ministry': 2,
      'interior-ministry': 1,
      'maria-de-vries': 1,
      'open-net-coalition': 1,
      'sam-okafor': 1,
    });
    expect(filterFiles.size).toBe(5);
    // Most results first, ties by name.
    await expect(page.locator('[data-facet="actor"] li:visible .facet-label')).toHaveText([
      'Alex Harper',
      'Justice Ministry',
      'SecureChat Inc.',
      'Interior Ministry',
      'Maria de Vries',
      'Open Net Coalition',
      'Sam Okafor',
    ]);
  });

  test('people and organisations: the ten with the most results are listed, and any other is found by name', async ({
    page,
  }) => {
    const valueFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search/values/')) valueFiles.push(new URL(request.url()).pathname);
    });
    await page.goto(searchUrl());
    await expect(status(page)).toHaveText('Type words to search, or choose a filter or a date order to browse.');
    await openFilter(page, 'People and organisations');
    const actors = page.locator('[data-facet="actor"]');
    await expect(actors.locator('li:visible')).toHaveCount(10);
    await expect(actors.locator('.facet-find-hint')).toHaveText(
      'The 10 with the most results of 12. Type a name to find the others.',
    );
    await expect(filterBox(page, 'People and organisations', 'Zephyr Systems')).toHaveCount(0);
    expect(valueFiles).toEqual([]); // The ten come with the page; every name is loaded only to find one.

    await page.getByLabel('Find a person or organisation').fill('zeph');
    await expect(actors.locator('.facet-find-hint')).toHaveText('1 name matches “zeph”.');
    await expect(actors.locator('li:visible .facet-label')).toHaveText(['Zephyr Systems']);
    expect(valueFiles).toEqual(['/search/values/actor.json']);
    await expect(page).toHaveURL(searchUrl()); // Finding a name is not a search.

    await filterBox(page, 'People and organisations', 'Zephyr Systems').check();
    await expectAnnounced(page, '1 result, filtered by Zephyr Systems.');
    expect(await resultPaths(page)).toEqual(['/organisations/zephyr-systems/']);
    await expect(page).toHaveURL(searchUrl('actor=zephyr-systems'));
    await expect(filterBox(page, 'People and organisations', 'Zephyr Systems')).toBeFocused();

    await page.getByLabel('Find a person or organisation').fill('');
    await expect(actors.locator('li:visible')).toHaveCount(11); // The chosen one and the ten.
    await expect(filterBox(page, 'People and organisations', 'Zephyr Systems')).toBeChecked();
  });

  test('a shared link that chose a name the filter does not list shows it chosen', async ({ page }) => {
    await page.goto(searchUrl('actor=cobalt-privacy-forum&actor=alex-harper'));
    await expectAnnounced(page, '5 results, filtered by Alex Harper, Cobalt Privacy Forum.');
    expect((await resultPaths(page)).sort()).toEqual([
      '/letters/open-net-letter-2019/',
      '/organisations/cobalt-privacy-forum/',
      '/people/alex-harper/',
      '/quotes/harper-lawful-access/',
      '/quotes/harper-thorny-policy-challenge/',
    ]);
    await expect(filterBox(page, 'People and organisations', 'Cobalt Privacy Forum')).toBeChecked();
    await expect(filterBox(page, 'People and organisations', 'Alex Harper')).toBeChecked();

    // A name the record does not have is dropped, and the URL says so.
    await page.goto(searchUrl('actor=no-such-person&kind=quote'));
    await expectAnnounced(page, '5 results, filtered by Quote.');
    await expect(page).toHaveURL(searchUrl('kind=quote'));
  });

  test('values within one filter combine with OR, and that filter keeps counting what the others would add', async ({
    page,
  }) => {
    await page.goto(searchUrl('q=encryption'));
    await expectAnnounced(page, '9 results for “encryption”.');
    await filterBox(page, 'Kind', 'Quote').check();
    await expectAnnounced(page, '4 results for “encryption”, filtered by Quote.');
    await filterBox(page, 'Kind', 'Letter').check();
    await expectAnnounced(page, '6 results for “encryption”, filtered by Letter, Quote.');
    expect((await resultPaths(page)).sort()).toEqual(ENCRYPTION.filter((path) => /^\/(quotes|letters)\//.test(path)));
    await expect(page).toHaveURL(searchUrl('q=encryption&kind=letter&kind=quote'));
    // Kind is counted without its own choice; the other filters count within quotes and letters.
    expect(await facetCounts(page, 'kind')).toEqual({ letter: 2, quote: 4, position: 2, person: 1 });
    expect(await facetCounts(page, 'jurisdiction')).toEqual({ gb: 3, nl: 2, us: 1 });
  });

  test('filters combine with AND', async ({ page }) => {
    await page.goto(searchUrl('q=encryption'));
    await expectAnnounced(page, '9 results for “encryption”.');
    await filterBox(page, 'Kind', 'Quote').check();
    await expectAnnounced(page, /^4 results/);
    await filterBox(page, 'Jurisdiction', 'United Kingdom').check();
    await expectAnnounced(page, '2 results for “encryption”, filtered by Quote, United Kingdom.');
    expect((await resultPaths(page)).sort()).toEqual([
      '/quotes/harper-lawful-access/',
      '/quotes/harper-thorny-policy-challenge/',
    ]);
    await expect(page).toHaveURL(searchUrl('q=encryption&kind=quote&jurisdiction=gb'));
    expect(await facetCounts(page, 'jurisdiction')).toEqual({ gb: 2, nl: 1, us: 1 });
  });

  test('filters browse without words, and an actor filter finds everything a person is involved in', async ({
    page,
  }) => {
    await page.goto(searchUrl('actor=alex-harper'));
    await expectAnnounced(page, '4 results, filtered by Alex Harper.');
    expect((await resultPaths(page)).sort()).toEqual([
      '/letters/open-net-letter-2019/',
      '/people/alex-harper/',
      '/quotes/harper-lawful-access/',
      '/quotes/harper-thorny-policy-challenge/',
    ]);
  });
});

test.describe('sort', () => {
  const NEWEST = [
    '/letters/securechat-letter-2022/', // 2022-02-14
    '/quotes/okafor-warrant-proof/', // 2021-11-15
    '/letters/open-net-letter-2019/', // 2019-06-28
    '/quotes/de-vries-encryption-protects/', // 2018-09-20
    '/positions/nl-2018-opposes/', // 2018-01-15
    '/quotes/harper-lawful-access/', // 2017-05-10
    '/quotes/harper-thorny-policy-challenge/', // 2016-03-01
    '/positions/gb-2015-supports/', // 2015
  ];

  test('newest first, oldest first, and back to relevance; undated entries last either way, and said to be', async ({
    page,
  }) => {
    await page.goto(searchUrl('q=encryption'));
    await expectAnnounced(page, '9 results for “encryption”.');

    await page.getByLabel('Sort by').selectOption('newest');
    await expectAnnounced(page, '9 results for “encryption”, newest first, then 1 undated.');
    expect(await resultPaths(page)).toEqual([...NEWEST, '/people/alex-harper/']);
    await expect(page).toHaveURL(searchUrl('q=encryption&sort=newest'));
    // A date order changes the order, not what is found: the counts stay.
    expect(await facetCounts(page, 'kind')).toEqual({ letter: 2, quote: 4, position: 2, person: 1 });

    await page.getByLabel('Sort by').selectOption('oldest');
    await expectAnnounced(page, '9 results for “encryption”, oldest first, then 1 undated.');
    expect(await resultPaths(page)).toEqual([...NEWEST.toReversed(), '/people/alex-harper/']);
    await expect(page).toHaveURL(searchUrl('q=encryption&sort=oldest'));

    await page.getByLabel('Sort by').selectOption('relevance');
    await expectAnnounced(page, '9 results for “encryption”.');
    expect((await resultPaths(page)).sort()).toEqual(ENCRYPTION);
    await expect(page).toHaveURL(searchUrl('q=encryption'));
  });

  test('results with no date at all say so in a date order', async ({ page }) => {
    await page.goto(searchUrl('kind=person&sort=newest'));
    await expectAnnounced(page, '3 results, filtered by Person, none of them dated.');
    expect((await resultPaths(page)).sort()).toEqual([
      '/people/alex-harper/',
      '/people/maria-de-vries/',
      '/people/sam-okafor/',
    ]);
  });

  test('a date order without words browses every entry, ten at a time, and shows more on request', async ({ page }) => {
    await page.goto(searchUrl('sort=oldest'));
    await expectAnnounced(page, '30 results, oldest first, then 15 undated.');
    const first = await resultPaths(page);
    expect(first).toHaveLength(10);
    expect(first.slice(0, 3)).toEqual([
      '/positions/gb-2015-supports/',
      '/quotes/harper-thorny-policy-challenge/',
      '/sources/ledger-2016-03-02/',
    ]);

    const more = page.getByRole('button', { name: 'Show more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-result')).toHaveCount(20);
    // Focus moves to the first new result.
    await expect(page.locator('.search-result').nth(10).getByRole('heading').getByRole('link')).toBeFocused();
    await more.click();
    await expect(page.locator('.search-result')).toHaveCount(30);
    await expect(more).toBeHidden();
    // The undated people, organisations and jurisdictions come last, after every dated entry.
    const all = await resultPaths(page);
    expect(all.slice(-15).every((path) => /^\/(people|organisations|jurisdictions)\//.test(path))).toBe(true);
    expect(all.slice(0, 15).some((path) => /^\/(people|organisations|jurisdictions)\//.test(path))).toBe(false);
    expect(new Set(all).size).toBe(30);
  });
});

test.describe('the URL', () => {
  test('a shared URL restores the whole search', async ({ page }) => {
    await page.goto(searchUrl('q=encryption&kind=quote&jurisdiction=gb&sort=newest'));
    await expectAnnounced(page, '2 results for “encryption”, filtered by Quote, United Kingdom, newest first.');
    expect(await resultPaths(page)).toEqual([
      '/quotes/harper-lawful-access/',
      '/quotes/harper-thorny-policy-challenge/',
    ]);
    await expect(page.locator('#search-input')).toHaveValue('encryption');
    await expect(filterBox(page, 'Kind', 'Quote')).toBeChecked();
    await expect(filterBox(page, 'Jurisdiction', 'United Kingdom')).toBeChecked();
    await expect(filterBox(page, 'Kind', 'Letter')).not.toBeChecked();
    await expect(page.getByLabel('Sort by')).toHaveValue('newest');
  });

  test('the back button steps back through searches, not keystrokes', async ({ page }) => {
    await page.goto(searchUrl('q=thorny'));
    await expectAnnounced(page, '2 results for “thorny”.');
    const box = page.locator('#search-input');
    await box.fill('encr');
    await expectAnnounced(page, '9 results for “encr”.');
    await box.fill('encryption');
    await expectAnnounced(page, '9 results for “encryption”.');
    await filterBox(page, 'Kind', 'Quote').check();
    await expectAnnounced(page, '4 results for “encryption”, filtered by Quote.');
    await filterBox(page, 'Jurisdiction', 'United Kingdom').check();
    await expectAnnounced(page, /^2 results/);

    await page.goBack();
    await expectAnnounced(page, '4 results for “encryption”, filtered by Quote.');
    await expect(page).toHaveURL(searchUrl('q=encryption&kind=quote'));
    await expect(filterBox(page, 'Jurisdiction', 'United Kingdom')).not.toBeChecked();

    await page.goBack();
    await expectAnnounced(page, '9 results for “encryption”.');
    await expect(page.locator('#search-input')).toHaveValue('encryption');

    // "encr" was replaced by "encryption" as it was typed: one step back is the search before it.
    await page.goBack();
    await expectAnnounced(page, '2 results for “thorny”.');
    await expect(page).toHaveURL(searchUrl('q=thorny'));

    await page.goForward();
    await expectAnnounced(page, '9 results for “encryption”.');
  });

  test('back from an entry page returns to the same results', async ({ page }) => {
    await page.goto(searchUrl('q=encryption&kind=letter'));
    await expectAnnounced(page, '2 results for “encryption”, filtered by Letter.');
    await page.getByRole('link', { name: 'SecureChat writes to the Justice Ministry' }).click();
    await expect(page).toHaveURL(/\/letters\/securechat-letter-2022\/\?highlight=encryption$/);
    await page.goBack();
    await expectAnnounced(page, '2 results for “encryption”, filtered by Letter.');
    expect((await resultPaths(page)).sort()).toEqual([
      '/letters/open-net-letter-2019/',
      '/letters/securechat-letter-2022/',
    ]);
  });
});

test.describe('keyboard and screen readers', () => {
  test('/ focuses the header search box, Enter searches, Tab reaches the results and Enter opens one', async ({
    page,
  }) => {
    await page.goto('/quotes/harper-lawful-access/');
    await page.keyboard.press('/');
    const header = page.getByRole('search').getByRole('searchbox');
    await expect(header).toBeFocused();
    await expect(header).toHaveValue(''); // The / moved focus and was not typed.
    await page.keyboard.type('interception');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(searchUrl('q=interception'));
    await expectAnnounced(page, '2 results for “interception”.');

    const firstResult = page.locator('.search-result-title a').first();
    await page.locator('#search-input').focus();
    for (
      let presses = 0;
      presses < 10 && !(await firstResult.evaluate((link) => link === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(firstResult).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/quotes/okafor-warrant-proof/?highlight=interception');
  });

  test('Ctrl-K focuses the search box from anywhere; / is typed, not taken, inside a field', async ({ page }) => {
    await page.goto('/letters/open-net-letter-2019/');
    await page.keyboard.press('Control+k');
    const header = page.getByRole('search').getByRole('searchbox');
    await expect(header).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(header).toHaveValue('a/b');

    await page.goto(searchUrl());
    await page.locator('body').click();
    await page.keyboard.press('/');
    await expect(page.locator('#search-input')).toBeFocused();
  });

  test('filters and sort are operable by keyboard', async ({ page }) => {
    await page.goto(searchUrl('q=encryption'));
    await expectAnnounced(page, '9 results for “encryption”.');
    await filterBox(page, 'Stance', 'For mandated access').focus();
    await page.keyboard.press('Space');
    await expectAnnounced(page, '3 results for “encryption”, filtered by For mandated access.');
    expect((await resultPaths(page)).sort()).toEqual([
      '/positions/gb-2015-supports/',
      '/quotes/harper-lawful-access/',
      '/quotes/okafor-warrant-proof/',
    ]);
    await page.getByLabel('Sort by').focus();
    await page.keyboard.press('ArrowDown'); // Relevance → Newest first
    await expectAnnounced(page, '3 results for “encryption”, filtered by For mandated access, newest first.');
    expect(await resultPaths(page)).toEqual([
      '/quotes/okafor-warrant-proof/',
      '/quotes/harper-lawful-access/',
      '/positions/gb-2015-supports/',
    ]);
  });

  test('the result count is announced politely, in a region present before the first search', async ({ page }) => {
    await page.goto(searchUrl());
    await expect(status(page)).toHaveText('Type words to search, or choose a filter or a date order to browse.');
    await page.locator('#search-input').fill('okafor');
    await expectAnnounced(page, /^\d+ results? for “okafor”\.$/);
    await expect(status(page)).not.toHaveAttribute('aria-live', /assertive/);
    await page.locator('#search-input').fill('zzzyzx');
    await expectAnnounced(page, 'No results for “zzzyzx”.');
    await expect(page.locator('.search-result')).toHaveCount(0);
  });
});

test.describe('what loads when', () => {
  test('the search page loads the engine and the index metadata, and no word, filter, result or name file until asked', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(searchUrl());
    await expect(status(page)).toHaveText('Type words to search, or choose a filter or a date order to browse.');
    await page.waitForLoadState('networkidle');
    const files = (pattern: RegExp) => requested.filter((path) => pattern.test(path));
    expect(files(/\.pf_meta$/)).toHaveLength(1);
    expect(files(/\/pagefind\/wasm\.en\.pagefind$/)).toHaveLength(1);
    expect(files(/\.pf_(index|filter|fragment)$|\/search\/values\//)).toEqual([]);

    await page.locator('#search-input').fill('thorny');
    await expectAnnounced(page, '2 results for “thorny”.');
    await expectCounted(page, 'kind');
    expect(files(/\.pf_index$/).length).toBeGreaterThan(0);
    expect(files(/\.pf_fragment$/)).toHaveLength(2); // One per result shown.
    expect(files(/\/search\/values\//)).toEqual([]);
  });
});

test.describe('results as they arrive', () => {
  /** Holds back every result fragment after the first `passed` until the returned function is called. */
  async function holdFragments(page: Page, passed: number): Promise<() => void> {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let seen = 0;
    await page.route('**/pagefind/fragment/*.pf_fragment', async (route) => {
      seen += 1;
      if (seen > passed) await gate;
      await route.continue();
    });
    return release;
  }

  test('the first result shows as soon as it arrives, without waiting for the rest of its page', async ({ page }) => {
    await page.goto(searchUrl());
    const release = await holdFragments(page, 1);
    await page.locator('#search-input').fill('encryption');
    await expect(page.locator('.search-result')).toHaveCount(1);
    // The count is announced once the whole page is on screen.
    await expect(status(page)).not.toHaveText(/results? for/);
    release();
    await expectAnnounced(page, '9 results for “encryption”.');
    expect((await resultPaths(page)).sort()).toEqual(ENCRYPTION);
  });

  test('"Show more results" pressed twice while a page is coming adds that page once', async ({ page }) => {
    await page.goto(searchUrl('sort=oldest'));
    await expectAnnounced(page, '30 results, oldest first, then 15 undated.');
    const release = await holdFragments(page, 0);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await more.click();
    release();
    await expect(page.locator('.search-result').nth(10).getByRole('heading').getByRole('link')).toBeFocused();
    await page.waitForLoadState('networkidle');
    const paths = await resultPaths(page);
    expect(paths).toHaveLength(20);
    expect(new Set(paths).size).toBe(20);
  });
});

test.describe('entry pages', () => {
  test('following a result marks the searched words on the entry page', async ({ page }) => {
    await page.goto(searchUrl('q=thorny'));
    await expectAnnounced(page, '2 results for “thorny”.');
    await page.locator('.search-result-title a[href^="/quotes/harper-thorny-policy-challenge/"]').click();
    await expect(page).toHaveURL('/quotes/harper-thorny-policy-challenge/?highlight=thorny');
    await expect(page.locator('article mark.pagefind-highlight').first()).toHaveText('thorny');
  });

  test('an entry page loads no search code unless it was opened from a result', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/quotes/harper-thorny-policy-challenge/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await expect(page.locator('mark')).toHaveCount(0);
  });
});
