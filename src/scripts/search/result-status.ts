/**
 * The sentence that announces a search's results ("4 results for “encryption”, filtered by Quote,
 * newest first."), read out by screen readers once the results are on the page.
 */
import { FACETS, type FacetKey, SORTS } from '../../lib/search-facets.ts';
import { isPhrase, type SearchState } from '../../lib/search-query.ts';

/** What the page says before anything is asked. */
export const NOTHING_ASKED = 'Type words to search, or choose a filter or a date order to browse.';

/**
 * `count` results, `undated` of them without a date (listed last in a date order); `labelOf` names
 * a chosen filter value as the page shows it.
 */
export function describeResults(
  search: SearchState,
  count: number,
  undated: number,
  labelOf: (key: FacetKey, value: string) => string,
): string {
  const q = search.q.trim();
  const parts = [`${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'}`];
  if (q) parts.push(isPhrase(q) ? ` for the exact phrase ${q}` : ` for “${q}”`);
  const labels = FACETS.flatMap(({ key }) => search.filters[key].map((value) => labelOf(key, value)));
  if (labels.length) parts.push(`, filtered by ${labels.join(', ')}`);
  if (count > 1 && search.sort !== 'relevance') {
    // Entries without a date cannot be put in date order: say where they are.
    if (undated === count) parts.push(', none of them dated');
    else parts.push(`, ${SORTS[search.sort].label.toLowerCase()}${undated ? `, then ${undated} undated` : ''}`);
  }
  return `${parts.join('')}.`;
}
