/**
 * A findable filter on the search page (people and organisations, thousands at scale). It lists a
 * few values — the chosen ones, then those with the most results, or the names matching what the
 * reader types — and loads every value's name only when needed: when the filter is opened, a name is
 * typed, or a link chose a value the page does not list.
 */
import { type ListableValue, listHint, listValues } from '../../lib/facet-values.ts';
import { type FacetKey, facetValuesPath, type FacetValuesFile, LISTED_VALUES } from '../../lib/search-facets.ts';
import { facetItem } from './facet-item.ts';
import type { ValueCounts } from './facet-counts.ts';

type Value = ListableValue & { total: number };

export interface FindableFacet {
  key: FacetKey;
  /** Loads every value's name and total, once. */
  load(): Promise<void>;
  /** Gives these values checkboxes if they have none yet; values the record does not have get none. */
  offer(values: readonly string[]): Promise<void>;
  /** Lists the values for these counts; returns how many values with results match the typed name. */
  list(counts: ValueCounts): number;
  /** True while the reader has typed something to find. */
  finding(): boolean;
}

export function findableFacet(details: HTMLDetailsElement): FindableFacet {
  const key = details.dataset.facet as FacetKey;
  const ul = details.querySelector<HTMLUListElement>('[data-facet-values]')!;
  const input = details.querySelector<HTMLInputElement>('[data-facet-find]')!;
  const hint = details.querySelector<HTMLElement>('[data-facet-find-hint]')!;
  /** How many values the filter has: each is in some entry, so in the whole index each has results. */
  const valueCount = Number(details.dataset.findable);
  const items = new Map(
    [...ul.querySelectorAll<HTMLLIElement>('li[data-value]')].map((item) => [item.dataset.value!, item]),
  );
  let every: Value[] | undefined;
  let loading: Promise<void> | undefined;
  let shownCounts: ValueCounts = 'totals';

  const listedValues = (): Value[] =>
    [...items.values()].map((item) => ({
      value: item.dataset.value!,
      label: item.querySelector('.facet-label')!.textContent ?? '',
      total: Number(item.dataset.total),
    }));

  function load(): Promise<void> {
    loading ??= fetch(facetValuesPath(key))
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} for ${facetValuesPath(key)}`);
        return response.json() as Promise<FacetValuesFile>;
      })
      .then((file) => {
        every = file.map(([value, label, total]) => ({ value, label, total }));
      })
      .catch((error: unknown) => {
        loading = undefined; // A later need tries again; meanwhile the listed values still work.
        console.error(error);
      });
    return loading;
  }

  function item(value: Value): HTMLLIElement {
    let found = items.get(value.value);
    if (!found) {
      found = facetItem(key, value.value, value.label, value.total);
      items.set(value.value, found);
    }
    return found;
  }

  function chosen(): string[] {
    return [...ul.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
  }

  // Every value's total once all are loaded; before that, those of the values on the page.
  const totals = () => Object.fromEntries((every ?? listedValues()).map((value) => [value.value, value.total]));

  function list(shown: ValueCounts): number {
    shownCounts = shown;
    const counts = shown === 'totals' ? totals() : shown;
    const { listed, matching: found } = listValues({
      values: every ?? listedValues(),
      counts,
      chosen: chosen(),
      typed: input.value,
      limit: LISTED_VALUES,
    });
    // Before every name is loaded, the page lists the values with the most results and knows how many there are.
    const matching = every || shown !== 'totals' || input.value.trim() ? found : valueCount;
    const focused = ul.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined;
    ul.replaceChildren(
      ...listed.map((value) => {
        const node = item(value);
        node.hidden = false;
        node.querySelector('[data-count]')!.textContent = String(counts[value.value] ?? 0);
        return node;
      }),
    );
    // Reordering moved the checkbox the reader was on; keep them there.
    if (focused?.isConnected) focused.focus();
    hint.textContent = listHint({ matching, typed: input.value, limit: LISTED_VALUES });
    return matching;
  }

  input.addEventListener('input', async () => {
    await load();
    list(shownCounts);
  });
  // Enter in the name box finds; it does not submit the search form.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });

  return {
    key,
    load,
    async offer(values) {
      if (values.every((value) => items.has(value))) return;
      await load();
      for (const value of every ?? []) {
        if (values.includes(value.value) && !items.has(value.value)) ul.append(item(value));
      }
    },
    list,
    finding: () => input.value.trim() !== '',
  };
}
