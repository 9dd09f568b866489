/**
 * The filters on the search page: which of them are counted, and showing their counts. A filter is
 * counted while the reader can see it — open, or with a value chosen (which opens it) — because
 * Pagefind counts every filter whose file it has loaded in every search, and each one counted slows
 * every search: folded long lists cost nothing until they are opened.
 */
import { FACET_KEYS, type FacetKey } from '../../lib/search-facets.ts';
import type { SearchState } from '../../lib/search-query.ts';
import type { FacetCounts } from './facet-counts.ts';
import { type FindableFacet, findableFacet } from './findable-facet.ts';

interface FacetPanel {
  /** The filters whose counts are on screen for this search. */
  countedKeys(state: SearchState): FacetKey[];
  /** Gets ready to count these filters: loads a findable filter's names. */
  prepare(keys: readonly FacetKey[]): Promise<void>;
  /** Gives every chosen value a checkbox, and opens the filters that have one. */
  offer(state: SearchState): Promise<void>;
  /** Shows counts: counted filters get theirs, the others show none until they are counted. */
  show(counts: FacetCounts): void;
  /** Marks the counts as being updated, for assistive technology and for tests. */
  busy(on: boolean): void;
  /** Calls back when the reader opens a filter. */
  onOpen(callback: (key: FacetKey) => void): void;
}

export function facetPanel(section: HTMLElement): FacetPanel {
  const facets = new Map(
    [...section.querySelectorAll<HTMLDetailsElement>('details[data-facet]')].map((details) => [
      details.dataset.facet as FacetKey,
      details,
    ]),
  );
  const findable = new Map<FacetKey, FindableFacet>();
  for (const [key, details] of facets)
    if (details.hasAttribute('data-findable')) findable.set(key, findableFacet(details));

  function listedTotals(key: FacetKey): Record<string, number> {
    const items = facets.get(key)?.querySelectorAll<HTMLLIElement>('li[data-value]') ?? [];
    return Object.fromEntries([...items].map((item) => [item.dataset.value!, Number(item.dataset.total)]));
  }

  return {
    countedKeys(state) {
      return FACET_KEYS.filter((key) => facets.has(key) && (facets.get(key)!.open || state.filters[key].length > 0));
    },
    async prepare(keys) {
      await Promise.all(keys.map((key) => findable.get(key)?.load()));
    },
    async offer(state) {
      await Promise.all([...findable.values()].map((facet) => facet.offer(state.filters[facet.key])));
      for (const [key, details] of facets) if (state.filters[key].length) details.open = true;
    },
    show(all) {
      for (const [key, details] of facets) {
        const values = all[key];
        details.dataset.counted = String(values !== undefined);
        if (!values) {
          for (const item of details.querySelectorAll<HTMLLIElement>('li[data-value]')) item.hidden = false;
          details.hidden = false;
          continue;
        }
        const facet = findable.get(key);
        if (facet) {
          const matching = facet.list(values);
          details.hidden = matching === 0 && !facet.finding() && !details.querySelector('input:checked');
          continue;
        }
        const counts = values === 'totals' ? listedTotals(key) : values;
        let visible = 0;
        for (const item of details.querySelectorAll<HTMLLIElement>('li[data-value]')) {
          const count = counts[item.dataset.value!] ?? 0;
          item.querySelector('[data-count]')!.textContent = String(count);
          // A value that would give no results is noise, unless it is chosen and must stay undoable.
          item.hidden = count === 0 && !item.querySelector('input')!.checked;
          if (!item.hidden) visible += 1;
        }
        details.hidden = visible === 0;
      }
    },
    busy(on) {
      section.setAttribute('aria-busy', String(on));
    },
    onOpen(callback) {
      for (const [key, details] of facets) details.addEventListener('toggle', () => details.open && callback(key));
    },
  };
}
