/**
 * The list of results, shown a page at a time: each result's fragment (title, excerpt, meta) is one
 * request, so only the results on screen are fetched, and "Show more results" fetches the next page.
 *
 * A page's results appear in order, each as soon as it and those above it have arrived: the reader
 * sees the first result after one fragment's round trip rather than after the slowest of ten.
 */
import type { PagefindResult } from './pagefind-api.ts';
import { renderResult } from './render-result.ts';

export const PAGE_SIZE = 10;

interface ResultList {
  /** Replaces the list with the first page of `results`; `isCurrent` says whether this search still is. */
  show(results: readonly PagefindResult[], q: string, isCurrent: () => boolean): Promise<void>;
  /** Appends the next page and returns its items. */
  more(): Promise<HTMLLIElement[]>;
}

/**
 * Fetches every result's fragment at once and hands each rendered item to `place` in order, as soon
 * as it and every one before it are in. Stops, placing nothing more, once `wanted` turns false.
 */
async function placeInOrder(
  results: readonly PagefindResult[],
  q: string,
  wanted: () => boolean,
  place: (item: HTMLLIElement, index: number) => void,
): Promise<HTMLLIElement[]> {
  const loading = results.map((result) => result.data());
  // A failure is reported where it is awaited; the ones after it are not left unhandled.
  for (const fragment of loading) fragment.catch(() => undefined);
  const items: HTMLLIElement[] = [];
  for (const [index, fragment] of loading.entries()) {
    const data = await fragment;
    if (!wanted()) return [];
    const item = renderResult(data, q);
    place(item, index);
    items.push(item);
  }
  return items;
}

/** The search whose results the list shows. */
interface ListedSearch {
  results: readonly PagefindResult[];
  /** Results on screen, counted a page at a time once all of it is: "more" never starts from half a page. */
  shown: number;
  q: string;
  isCurrent: () => boolean;
  /** The next page, while it comes. */
  adding?: Promise<HTMLLIElement[]>;
}

export function resultList(list: HTMLOListElement, moreButton: HTMLButtonElement): ResultList {
  let current: ListedSearch | undefined;

  async function nextPage(): Promise<HTMLLIElement[]> {
    // Before a search's first page is on screen there is nothing to add to.
    if (!current || current.shown === 0) return [];
    const page = current;
    const slice = page.results.slice(page.shown, page.shown + PAGE_SIZE);
    const wanted = () => page === current && page.isCurrent();
    const items = await placeInOrder(slice, page.q, wanted, (item) => list.append(item));
    if (!wanted()) return [];
    page.shown += slice.length;
    moreButton.hidden = page.shown >= page.results.length;
    return items;
  }

  return {
    async show(results, q, isCurrent) {
      current = { results, shown: 0, q, isCurrent };
      const page = current;
      const wanted = () => page === current && isCurrent();
      // The old results stay until the first new one is ready, so the list does not flash empty.
      const items = await placeInOrder(results.slice(0, PAGE_SIZE), q, wanted, (item, index) =>
        index === 0 ? list.replaceChildren(item) : list.append(item),
      );
      if (!wanted()) return;
      if (!items.length) list.replaceChildren();
      page.shown = items.length;
      moreButton.hidden = page.shown >= results.length;
    },
    more() {
      // A second click while a page is coming gets that page, not the same results twice.
      const page = current;
      if (!page) return Promise.resolve([]);
      page.adding ??= nextPage().finally(() => (page.adding = undefined));
      return page.adding;
    },
  };
}
