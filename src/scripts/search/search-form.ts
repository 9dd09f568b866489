/**
 * The search form's fields — words, filter checkboxes, sort — as a search: reading the search they
 * hold, writing one into them, and the label a chosen value shows.
 */
import type { FacetKey } from '../../lib/search-facets.ts';
import { parseSearchParams, type SearchState } from '../../lib/search-query.ts';

interface SearchForm {
  /** The search the fields hold; a value with no checkbox is not in it. */
  read(): SearchState;
  write(search: SearchState): void;
  /** The label of a filter value, as its checkbox shows it; the value itself if it has none. */
  labelOf(key: FacetKey, value: string): string;
}

export function searchForm(form: HTMLFormElement): SearchForm {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('[data-search-sort]')!;

  function checkboxes(key?: FacetKey): HTMLInputElement[] {
    return [
      ...form.querySelectorAll<HTMLInputElement>(key ? `input[type=checkbox][name="${key}"]` : 'input[type=checkbox]'),
    ];
  }

  return {
    read() {
      // The fields are named as the URL's parameters, so the form reads as a URL does.
      return parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    },
    write(search) {
      input.value = search.q;
      for (const box of checkboxes()) box.checked = search.filters[box.name as FacetKey]?.includes(box.value) ?? false;
      sortSelect.value = search.sort;
    },
    labelOf(key, value) {
      return (
        checkboxes(key)
          .find((box) => box.value === value)
          ?.closest('label')
          ?.querySelector('.facet-label')?.textContent ?? value
      );
    },
  };
}
