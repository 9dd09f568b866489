/**
 * The search page: reads the search from the URL, runs it with Pagefind, shows results and then
 * counts, and keeps the URL in step — a new history entry for each search the reader makes, so the
 * back button steps back through them, but not one per keystroke.
 *
 * Results come first: a search is fastest before any filter is counted, so the first one shows its
 * results and only then loads the filters to count (the filters are marked busy meanwhile).
 */
import { dateOrder } from '../../lib/search-order.ts';
import { FACET_KEYS, FACETS, type FacetKey, SEARCH_PATH, SORTS } from '../../lib/search-facets.ts';
import {
  isPhrase,
  parseSearchParams,
  resultSearches,
  type SearchState,
  toSearchParams,
} from '../../lib/search-query.ts';
import { countFacets } from './facet-counts.ts';
import { facetPanel } from './facet-panel.ts';
import {
  loadPagefind,
  type Pagefind,
  type PagefindResponse,
  type PagefindResult,
  SearchUnavailable,
} from './pagefind-api.ts';
import { resultList } from './result-list.ts';
// The header's search box is left off this page, so its script (the `/` shortcut) comes from here.
import '../site-search.ts';

const TYPING_PAUSE_MS = 200;

const app = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = app.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('[data-search-sort]')!;
const status = form.querySelector<HTMLElement>('[data-search-status]')!;
const moreButton = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
const results = resultList(form.querySelector<HTMLOListElement>('[data-search-results]')!, moreButton);
const panel = facetPanel(form.querySelector<HTMLElement>('#search-filters')!);

app.hidden = false;

const pagefindReady: Promise<Pagefind> = loadPagefind();

function checkboxes(key?: FacetKey): HTMLInputElement[] {
  return [
    ...form.querySelectorAll<HTMLInputElement>(key ? `input[type=checkbox][name="${key}"]` : 'input[type=checkbox]'),
  ];
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

// --- Results and counts ---------------------------------------------------------------------------

/** Counts every search: bumped by each new search, so that a slower earlier one does not overwrite it. */
let generation = 0;
/** The search on screen, for counting again when the reader opens a filter. */
let shown: { generation: number; state: SearchState; ranked: PagefindResponse | null } | undefined;
/** Filters whose files Pagefind has loaded, and so counts in every search. */
const loadedFilters = new Set<FacetKey>();
/** The search whose counts are being fetched, if any. */
let countingFor: number | undefined;
/** The filters whose counts are on screen. */
let countedNow: FacetKey[] = [];

function chosenLabels(state: SearchState): string[] {
  return FACETS.flatMap(({ key }) =>
    state.filters[key].map(
      (value) =>
        checkboxes(key)
          .find((box) => box.value === value)
          ?.closest('label')
          ?.querySelector('.facet-label')?.textContent ?? value,
    ),
  );
}

function describe(state: SearchState, count: number, undated: number): string {
  const q = state.q.trim();
  const parts = [`${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'}`];
  if (q) parts.push(isPhrase(q) ? ` for the exact phrase ${q}` : ` for “${q}”`);
  const labels = chosenLabels(state);
  if (labels.length) parts.push(`, filtered by ${labels.join(', ')}`);
  if (count > 1 && state.sort !== 'relevance') {
    // Entries without a date cannot be put in date order: say where they are.
    if (undated === count) parts.push(', none of them dated');
    else parts.push(`, ${SORTS[state.sort].label.toLowerCase()}${undated ? `, then ${undated} undated` : ''}`);
  }
  return `${parts.join('')}.`;
}

async function count(pagefind: Pagefind, mine: number): Promise<void> {
  countingFor = mine;
  panel.busy(true);
  // A filter opened while counting is counted too: count until every filter to count has been.
  for (let counted: FacetKey[] = []; ;) {
    const search = shown!;
    // With nothing asked every filter shows its totals, which need no search.
    const keys = search.ranked ? panel.countedKeys(search.state) : [...FACET_KEYS];
    if (counted.length && keys.every((key) => counted.includes(key))) break;
    if (search.ranked) await panel.prepare(keys);
    const counts = await countFacets({
      pagefind,
      state: search.state,
      ranked: search.ranked,
      counted: keys,
      loaded: loadedFilters,
    });
    if (mine !== generation) return;
    panel.show(counts);
    counted = countedNow = keys;
  }
  countingFor = undefined;
  panel.busy(false);
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
  panel.busy(true);
  const searches = resultSearches(state);
  let ranked: PagefindResponse | null = null;
  let list: PagefindResult[] = [];
  let undated = 0;
  if (searches) {
    const [all, dated] = await Promise.all([
      pagefind.search(searches.ranked.term, searches.ranked.options),
      searches.dated ? pagefind.search(searches.dated.term, searches.dated.options) : undefined,
    ]);
    ranked = all;
    ({ results: list, undated } = dated ? dateOrder(dated.results, all.results) : { results: all.results, undated: 0 });
  }
  if (mine !== generation) return;
  await results.show(list, state.q, () => mine === generation);
  if (mine !== generation) return;
  shown = { generation: mine, state, ranked };
  status.textContent = ranked
    ? describe(state, list.length, undated)
    : 'Type words to search, or choose a filter or a date order to browse.';
  await count(pagefind, mine);
}

panel.onOpen((key) => {
  // A filter opened while its search or the counting is under way is counted by them.
  if (!shown || shown.generation !== generation || countingFor === generation || countedNow.includes(key)) return;
  const mine = generation;
  void pagefindReady.then((pagefind) => count(pagefind, mine));
});

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
      ? withCode(
          'Search needs a build: its index is written by ',
          { code: 'npm run build' },
          ', and ',
          { code: 'astro dev' },
          ' has none. To search, run ',
          { code: 'npm run build && npm run preview' },
          '.',
        )
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

async function fromUrl(): Promise<void> {
  const query = window.location.search;
  const asked = parseSearchParams(new URLSearchParams(query));
  shownSearch = query;
  // A chosen value the page does not list yet (a name beyond the first few) gets its checkbox first.
  await panel.offer(asked);
  if (window.location.search !== query) return; // The reader moved on meanwhile.
  writeForm(asked);
  // Values the record does not have (a stale or mistyped link) are dropped, and the URL says so.
  const state = readForm();
  const url = urlOf(state);
  if (url !== window.location.pathname + window.location.search)
    window.history.replaceState(null, '', url + window.location.hash);
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
  // The words are handled as they are typed; a name typed to find a filter value is not a search.
  if (event.target === input || (event.target as HTMLElement).matches('[data-facet-find]')) return;
  clearTimeout(typingTimer); // Words typed just before are part of this choice, not a later search.
  commit('choice');
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  commit('choice');
});

moreButton.addEventListener('click', async () => {
  const items = await results.more();
  // Keyboard users land on the first new result, not back at the top.
  items[0]?.querySelector('a')?.focus();
});

window.addEventListener('popstate', () => {
  if (window.location.search !== shownSearch) void fromUrl();
});

void fromUrl();
