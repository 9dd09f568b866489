/**
 * The list of results, shown a page at a time: each result's fragment (title, excerpt, meta) is one
 * request, so only the results on screen are fetched, and "Show more results" fetches the next page.
 */
import type { PagefindResult } from './pagefind-api.ts';
import { renderResult } from './render-result.ts';

export const PAGE_SIZE = 10;

export interface ResultList {
  /** Replaces the list with the first page of `results`; `isCurrent` says whether this search still is. */
  show(results: readonly PagefindResult[], q: string, isCurrent: () => boolean): Promise<void>;
  /** Appends the next page and returns its items. */
  more(): Promise<HTMLLIElement[]>;
}

export function resultList(list: HTMLOListElement, moreButton: HTMLButtonElement): ResultList {
  let current: { results: readonly PagefindResult[]; shown: number; q: string; isCurrent: () => boolean } | undefined;

  async function nextPage(): Promise<HTMLLIElement[]> {
    // Before a search's first page is on screen there is nothing to add to.
    if (!current || current.shown === 0) return [];
    const page = current;
    const slice = page.results.slice(page.shown, page.shown + PAGE_SIZE);
    const data = await Promise.all(slice.map((result) => result.data()));
    if (page !== current || !page.isCurrent()) return [];
    const items = data.map((result) => renderResult(result, page.q));
    list.append(...items);
    page.shown += slice.length;
    moreButton.hidden = page.shown >= page.results.length;
    return items;
  }

  return {
    async show(results, q, isCurrent) {
      current = { results, shown: 0, q, isCurrent };
      const page = current;
      const data = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
      if (page !== current || !isCurrent()) return;
      // The old results stay until the new ones are ready, so the list does not flash empty.
      list.replaceChildren(...data.map((result) => renderResult(result, q)));
      page.shown = data.length;
      moreButton.hidden = page.shown >= results.length;
    },
    more: nextPage,
  };
}
