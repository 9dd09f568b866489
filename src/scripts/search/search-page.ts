/**
 * The search page: reads the search from the URL, runs it with Pagefind, shows counts and results,
 * and keeps the URL in step — a new history entry for each search the reader makes, so the back
 * button steps back through them, but not one per keystroke.
 */
import { FACET_KEYS, FACETS, type FacetKey, SEARCH_PATH, SORTS } from '../../lib/search-facets.ts';
import { countSearches, isPhrase, parseSearchParams, type PagefindSearch, resultSearch, type SearchState, toSearchParams } from '../../lib/search-query.ts';
import { type FilterCounts, loadPagefind, type Pagefind, type PagefindResponse, SearchUnavailable } from './pagefind-api.ts';
import { renderResult } from './render-result.ts';
// The header's search box is left off this page, so its script (the `/` shortcut) comes from here.
import '../site-search.ts';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 200;

const app = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = app.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('[data-search-sort]')!;
const status = form.querySelector<HTMLElement>('[data-search-status]')!;
const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = form.querySelector<HTMLButtonElement>('[data-search-more]')!;

app.hidden = false;

const pagefindReady: Promise<Pagefind> = loadPagefind();
// Filter counts come back with searches only once filters() has been called; it also gives the totals.
const totalsReady: Promise<FilterCounts> = pagefindReady.then((pagefind) => pagefind.filters());

function checkboxes(key?: FacetKey): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(key ? `input[type=checkbox][name="${key}"]` : 'input[type=checkbox]')];
}

function readForm(): SearchState {
  return parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const box of checkboxes()) box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
  sortSelect.value = state.sort;
}

function urlOf(state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

// --- Counts ---------------------------------------------------------------------------------------

function showCounts(counts: Record<FacetKey, Record<string, number>>): void {
  for (const facet of form.querySelectorAll<HTMLDetailsElement>('[data-facet]')) {
    const key = facet.dataset.facet as FacetKey;
    let shown = 0;
    for (const item of facet.querySelectorAll<HTMLLIElement>('li[data-value]')) {
      const count = counts[key]?.[item.dataset.value!] ?? 0;
      const box = item.querySelector('input')!;
      item.querySelector('[data-count]')!.textContent = String(count);
      // A value that would give no results is noise, unless it is chosen and must stay undoable.
      item.hidden = count === 0 && !box.checked;
      if (!item.hidden) shown += 1;
    }
    facet.hidden = shown === 0;
    if (facet.querySelector('input:checked')) facet.open = true;
  }
}

async function countsFor(pagefind: Pagefind, state: SearchState, results: Promise<PagefindResponse | null>): Promise<Record<FacetKey, Record<string, number>>> {
  const totals = await totalsReady;
  const run = (search: PagefindSearch | null) => (search ? pagefind.search(search.term, search.options).then((r) => r.filters) : Promise.resolve(totals));
  const own = await Promise.all(countSearches(state).map(async ({ key, search }) => [key, (await run(search))[key] ?? {}] as const));
  const response = await results;
  const base = response ? response.filters : totals;
  const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, base[key] ?? {}])) as Record<FacetKey, Record<string, number>>;
  for (const [key, values] of own) counts[key] = values;
  return counts;
}

// --- Results --------------------------------------------------------------------------------------

let generation = 0;
let current: { response: PagefindResponse; shown: number; q: string } | undefined;

async function showMoreResults(mine: number): Promise<HTMLLIElement[]> {
  if (!current) return [];
  const { response, shown, q } = current;
  const slice = response.results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(slice.map((result) => result.data()));
  if (mine !== generation) return [];
  const items = data.map((result) => renderResult(result, q));
  list.append(...items);
  current.shown = shown + slice.length;
  moreButton.hidden = current.shown >= response.results.length;
  return items;
}

function chosenLabels(state: SearchState): string[] {
  return FACETS.flatMap(({ key }) =>
    state.filters[key].map((value) => checkboxes(key).find((box) => box.value === value)?.closest('label')?.querySelector('.facet-label')?.textContent ?? value),
  );
}

function describe(state: SearchState, count: number): string {
  const q = state.q.trim();
  const parts = [`${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'}`];
  if (q) parts.push(isPhrase(q) ? ` for the exact phrase ${q}` : ` for “${q}”`);
  const labels = chosenLabels(state);
  if (labels.length) parts.push(`, filtered by ${labels.join(', ')}`);
  if (count > 1 && state.sort !== 'relevance') parts.push(`, ${SORTS[state.sort].label.toLowerCase()}`);
  return `${parts.join('')}.`;
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  let pagefind: Pagefind;
  try {
    pagefind = await pagefindReady;
  } catch (error) {
    showUnavailable(error);
    return;
  }
  const search = resultSearch(state);
  // Results and counts are asked for together; Pagefind's worker takes them in turn.
  const results = search ? pagefind.search(search.term, search.options) : Promise.resolve(null);
  const [response, counts] = await Promise.all([results, countsFor(pagefind, state, results)]);
  if (mine !== generation) return;

  showCounts(counts);
  list.replaceChildren();
  moreButton.hidden = true;
  current = response ? { response, shown: 0, q: state.q } : undefined;
  await showMoreResults(mine);
  if (mine !== generation) return;
  status.textContent = response ? describe(state, response.results.length) : 'Type words to search, or choose a filter or a date order to browse.';
}

/** Plain text with `code` parts, built as nodes. */
function withCode(...parts: (string | { code: string })[]): Node[] {
  return parts.map((part) => {
    if (typeof part === 'string') return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part.code;
    return code;
  });
}

function showUnavailable(error: unknown): void {
  const message = document.querySelector<HTMLElement>('[data-search-unavailable-message]')!;
  message.replaceChildren(
    ...(error instanceof SearchUnavailable && error.reason === 'needs-build'
      ? withCode('Search needs a build: its index is written by ', { code: 'npm run build' }, ', and ', { code: 'astro dev' }, ' has none. To search, run ', { code: 'npm run build && npm run preview' }, '.')
      : withCode('The search index could not be loaded, so search is not available right now.')),
  );
  message.parentElement!.hidden = false;
  app.hidden = true;
}

// --- The URL and history --------------------------------------------------------------------------

/** True while the newest history entry is the search being typed, which later keystrokes replace. */
let typingEntry = false;
/** The query string of the search on screen; a change of only the #fragment is not a new search. */
let shownSearch = '';

function commit(mode: 'typing' | 'choice'): void {
  const state = readForm();
  const url = urlOf(state);
  if (url !== window.location.pathname + window.location.search) {
    if (mode === 'typing' && typingEntry) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
  typingEntry = mode === 'typing';
  shownSearch = window.location.search;
  void run(state);
}

function fromUrl(): void {
  writeForm(parseSearchParams(new URLSearchParams(window.location.search)));
  // Values the page does not offer (a stale or mistyped link) are dropped, and the URL says so.
  const state = readForm();
  const url = urlOf(state);
  if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url + window.location.hash);
  typingEntry = false;
  shownSearch = window.location.search;
  void run(state);
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;

input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  const term = input.value.trim();
  if (term) void pagefindReady.then((pagefind) => pagefind.preload(term)).catch(() => undefined);
  typingTimer = setTimeout(() => commit('typing'), TYPING_PAUSE_MS);
});

form.addEventListener('change', (event) => {
  if (event.target === input) return; // The words are handled as they are typed.
  clearTimeout(typingTimer); // Words typed just before are part of this choice, not a later search.
  commit('choice');
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  commit('choice');
});

moreButton.addEventListener('click', async () => {
  const items = await showMoreResults(generation);
  // Keyboard users land on the first new result, not back at the top.
  items[0]?.querySelector('a')?.focus();
});

window.addEventListener('popstate', () => {
  if (window.location.search !== shownSearch) fromUrl();
});

fromUrl();
