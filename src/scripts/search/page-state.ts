/**
 * The search page's state, in one object: which search is the newest, which one is on screen, what
 * counting it has loaded and shown, and where the URL and the history stand. The page's code reads
 * it and updates it; no module keeps other state between searches.
 */
import type { FacetKey } from '../../lib/search-facets.ts';
import type { SearchState } from '../../lib/search-query.ts';
import type { PagefindResponse } from './pagefind-api.ts';
import type { HistoryState } from './search-history.ts';

/** A search whose results are on screen. */
interface ShownSearch {
  generation: number;
  search: SearchState;
  /** The result search's response, null when nothing was asked. */
  ranked: PagefindResponse | null;
}

interface PageState {
  /** Counts every search: bumped by each new one, so that a slower earlier one does not overwrite it. */
  generation: number;
  /** The search on screen, for counting again when the reader opens a filter. */
  shown: ShownSearch | undefined;
  /** The search whose counts are being fetched, if any. */
  countingFor: number | undefined;
  /** The filters whose counts are on screen. */
  counted: readonly FacetKey[];
  /** Filters whose files Pagefind has loaded, and so counts in every search. */
  loadedFilters: ReadonlySet<FacetKey>;
  history: HistoryState;
  /** Words typed and not yet searched: they are, after a pause in typing. */
  typingTimer: ReturnType<typeof setTimeout> | undefined;
}

export function initialState(): PageState {
  return {
    generation: 0,
    shown: undefined,
    countingFor: undefined,
    counted: [],
    loadedFilters: new Set(),
    history: { typing: false, query: '' },
    typingTimer: undefined,
  };
}
