/**
 * The counts for a search, for the filters the reader can see. Pagefind counts every filter whose
 * file is loaded in every search, so a filter's file is loaded when it is first counted, and the
 * search is then asked again for its counts; a chosen filter's own counts come from the result
 * search's totals or the index's when they can, and from a search without its choice otherwise.
 * It returns the counts and which filter files are loaded now, and changes nothing it is given.
 */
import type { FacetKey } from '../../lib/search-facets.ts';
import { countSearches, type PagefindSearch, resultSearches, type SearchState } from '../../lib/search-query.ts';
import { loadFilterFiles, type Pagefind, type PagefindResponse } from './pagefind-api.ts';

/** Counts per value, or `'totals'`: across the whole index, which the page has without searching. */
export type ValueCounts = Record<string, number> | 'totals';
export type FacetCounts = Partial<Record<FacetKey, ValueCounts>>;

interface CountRequest {
  pagefind: Pagefind;
  state: SearchState;
  /** The result search's response, null when nothing was asked. */
  ranked: PagefindResponse | null;
  counted: readonly FacetKey[];
  /** Filters whose files Pagefind has loaded before this count. */
  loaded: ReadonlySet<FacetKey>;
}

interface CountResult {
  counts: FacetCounts;
  /** Filters whose files Pagefind has loaded now: those it had, and any this count loaded. */
  loaded: ReadonlySet<FacetKey>;
}

const run = (pagefind: Pagefind, search: PagefindSearch) => pagefind.search(search.term, search.options);

export async function countFacets({ pagefind, state, ranked, counted, loaded }: CountRequest): Promise<CountResult> {
  const counts: FacetCounts = {};
  const searches = resultSearches(state);
  if (!ranked || !searches) {
    // Nothing asked: every filter shows its totals, which the page has without searching.
    for (const key of counted) counts[key] = 'totals';
    return { counts, loaded };
  }
  // The result search loaded the files of the filters it used.
  const used = Object.keys(searches.ranked.options.filters) as FacetKey[];
  const missing = counted.filter((key) => !loaded.has(key) && !used.includes(key));
  let base = ranked;
  if (missing.length) {
    await loadFilterFiles(pagefind, missing);
    base = await run(pagefind, searches.ranked);
  }
  for (const key of counted) counts[key] = base.filters[key] ?? {};
  await Promise.all(
    countSearches(state)
      .filter(({ key }) => counted.includes(key))
      .map(async (own) => {
        if (own.from === 'words') counts[own.key] = base.totalFilters[own.key] ?? {};
        else if (own.from === 'index') counts[own.key] = 'totals';
        else counts[own.key] = (await run(pagefind, own.search)).filters[own.key] ?? {};
      }),
  );
  return { counts, loaded: new Set([...loaded, ...used, ...missing]) };
}
