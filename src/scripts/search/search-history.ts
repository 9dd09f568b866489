/**
 * The search page's URL and history. A search lives in the URL (`/search/?q=…&kind=quote`), so it
 * can be shared and the back button works: each search the reader makes is a new history entry, so
 * back steps through them, but not one per keystroke — while typing, each pause replaces the entry
 * being typed. Functions that write the history return where it stands, for the page's state.
 */
import { SEARCH_PATH } from '../../lib/search-facets.ts';
import { parseSearchParams, type SearchState, toSearchParams } from '../../lib/search-query.ts';

export interface HistoryState {
  /** True while the newest history entry is the search being typed, which later pauses replace. */
  typing: boolean;
  /** The query string of the search on screen; a change of only the #fragment is not a new search. */
  query: string;
}

/** How a search was made: by typing words (a pause in typing), or by a choice (a filter, the sort, Enter). */
export type SearchMade = 'typing' | 'choice';

export function urlOf(search: SearchState): string {
  const query = toSearchParams(search).toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

function here(): string {
  return window.location.pathname + window.location.search;
}

/** The search the URL asks for, as written (before the page drops values it does not have), and its query string. */
export function searchInUrl(): { query: string; asked: SearchState } {
  const query = window.location.search;
  return { query, asked: parseSearchParams(new URLSearchParams(query)) };
}

/** True while the URL still asks for this query string: false once the reader has moved on. */
export function urlStillAsks(query: string): boolean {
  return window.location.search === query;
}

/** Writes a search the reader made into the history. */
export function recordSearch(history: HistoryState, search: SearchState, made: SearchMade): HistoryState {
  const url = urlOf(search);
  if (url !== here()) {
    if (made === 'typing' && history.typing) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
  return { typing: made === 'typing', query: window.location.search };
}

/**
 * Makes the URL say the search the page shows for it — values the record does not have (a stale or
 * mistyped link) dropped — in place, keeping its #fragment: the reader made no new search.
 */
export function settleUrl(search: SearchState): HistoryState {
  const url = urlOf(search);
  if (url !== here()) window.history.replaceState(null, '', url + window.location.hash);
  return { typing: false, query: window.location.search };
}

/** Calls back when back or forward lands on another search than the one shown. */
export function onHistoryMove(shownQuery: () => string, callback: () => void): void {
  window.addEventListener('popstate', () => {
    if (window.location.search !== shownQuery()) callback();
  });
}
