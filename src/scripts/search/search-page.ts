/**
 * The search page: reads the search from the URL, runs it with Pagefind, shows results and then
 * counts, and keeps the URL in step (search-history.ts). Its state is one object (page-state.ts).
 *
 * Results come first: a search is fastest before any filter is counted, so the first one shows its
 * results and only then loads the filters to count (the filters are marked busy meanwhile).
 */
import { dateOrder } from '../../lib/search-order.ts';
import { FACET_KEYS, type FacetKey } from '../../lib/search-facets.ts';
import { resultSearches, type SearchState } from '../../lib/search-query.ts';
import { countFacets } from './facet-counts.ts';
import { facetPanel } from './facet-panel.ts';
import { initialState } from './page-state.ts';
import { loadPagefind, type Pagefind, type PagefindResponse, type PagefindResult } from './pagefind-api.ts';
import { describeResults, NOTHING_ASKED } from './result-status.ts';
import { resultList } from './result-list.ts';
import { searchForm } from './search-form.ts';
import {
  onHistoryMove,
  recordSearch,
  type SearchMade,
  searchInUrl,
  settleUrl,
  urlStillAsks,
} from './search-history.ts';
import { showUnavailable } from './search-unavailable.ts';
// The header's search box is left off this page, so its script (the `/` shortcut) comes from here.
import '../site-search.ts';

const TYPING_PAUSE_MS = 200;

const app = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = app.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
const status = form.querySelector<HTMLElement>('[data-search-status]')!;
const moreButton = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
const fields = searchForm(form);
const results = resultList(form.querySelector<HTMLOListElement>('[data-search-results]')!, moreButton);
const panel = facetPanel(form.querySelector<HTMLElement>('#search-filters')!);
const state = initialState();

app.hidden = false;

const pagefindReady: Promise<Pagefind> = loadPagefind();

// --- Results and counts ---------------------------------------------------------------------------

async function count(pagefind: Pagefind, mine: number): Promise<void> {
  state.countingFor = mine;
  panel.busy(true);
  // A filter opened while counting is counted too: count until every filter to count has been.
  for (let counted: FacetKey[] = []; ;) {
    const { search, ranked } = state.shown!;
    // With nothing asked every filter shows its totals, which need no search.
    const keys = ranked ? panel.countedKeys(search) : [...FACET_KEYS];
    if (counted.length && keys.every((key) => counted.includes(key))) break;
    if (ranked) await panel.prepare(keys);
    const { counts, loaded } = await countFacets({
      pagefind,
      state: search,
      ranked,
      counted: keys,
      loaded: state.loadedFilters,
    });
    // Pagefind keeps what it loaded, for a stale search too, and a count alongside may have loaded others.
    state.loadedFilters = new Set([...state.loadedFilters, ...loaded]);
    if (mine !== state.generation) return;
    panel.show(counts);
    counted = keys;
    state.counted = keys;
  }
  state.countingFor = undefined;
  panel.busy(false);
}

async function run(search: SearchState): Promise<void> {
  const mine = ++state.generation;
  let pagefind: Pagefind;
  try {
    pagefind = await pagefindReady;
  } catch (error) {
    showUnavailable(app, error);
    return;
  }
  panel.busy(true);
  const searches = resultSearches(search);
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
  if (mine !== state.generation) return;
  await results.show(list, search.q, () => mine === state.generation);
  if (mine !== state.generation) return;
  state.shown = { generation: mine, search, ranked };
  status.textContent = ranked ? describeResults(search, list.length, undated, fields.labelOf) : NOTHING_ASKED;
  // The filters show from the first results on (search.css: nothing painted moves when results arrive).
  app.dataset.shown = '';
  await count(pagefind, mine);
}

panel.onOpen((key) => {
  // A filter opened while its search or the counting is under way is counted by them.
  const { shown, generation } = state;
  if (!shown || shown.generation !== generation || state.countingFor === generation || state.counted.includes(key))
    return;
  void pagefindReady.then((pagefind) => count(pagefind, generation));
});

// --- Searches from the reader and from the URL ----------------------------------------------------

function searchMade(made: SearchMade): void {
  const search = fields.read();
  state.history = recordSearch(state.history, search, made);
  void run(search);
}

async function fromUrl(): Promise<void> {
  const { query, asked } = searchInUrl();
  state.history = { ...state.history, query };
  // A chosen value the page does not list yet (a name beyond the first few) gets its checkbox first.
  await panel.offer(asked);
  if (!urlStillAsks(query)) return; // The reader moved on meanwhile.
  fields.write(asked);
  // Reading the fields back drops values the record does not have.
  const search = fields.read();
  state.history = settleUrl(search);
  void run(search);
}

input.addEventListener('input', () => {
  clearTimeout(state.typingTimer);
  const term = input.value.trim();
  if (term) void pagefindReady.then((pagefind) => pagefind.preload(term)).catch(() => undefined);
  state.typingTimer = setTimeout(() => searchMade('typing'), TYPING_PAUSE_MS);
});

form.addEventListener('change', (event) => {
  // The words are handled as they are typed; a name typed to find a filter value is not a search.
  if (event.target === input || (event.target as HTMLElement).matches('[data-facet-find]')) return;
  clearTimeout(state.typingTimer); // Words typed just before are part of this choice, not a later search.
  searchMade('choice');
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(state.typingTimer);
  searchMade('choice');
});

moreButton.addEventListener('click', async () => {
  const items = await results.more();
  // Keyboard users land on the first new result, not back at the top.
  items[0]?.querySelector('a')?.focus();
});

onHistoryMove(
  () => state.history.query,
  () => void fromUrl(),
);

void fromUrl();
