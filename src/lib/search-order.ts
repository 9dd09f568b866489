/**
 * The order of results in a date order. Pagefind's sorted search leaves out entries without a date
 * (people, organisations, jurisdictions); they are still results, so they follow the dated ones, in
 * order of relevance, and the page says how many are undated.
 */
interface DateOrder<T> {
  results: T[];
  /** How many results at the end have no date. */
  undated: number;
}

/** `dated`: the sorted search's results; `ranked`: every result by relevance. */
export function dateOrder<T extends { id: string }>(dated: readonly T[], ranked: readonly T[]): DateOrder<T> {
  const inDateOrder = new Set(dated.map((result) => result.id));
  const undated = ranked.filter((result) => !inDateOrder.has(result.id));
  return { results: [...dated, ...undated], undated: undated.length };
}
