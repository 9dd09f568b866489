/**
 * Which values a findable filter lists (the people and organisations: thousands at scale). The
 * page shows a few at a time — the chosen ones always, then those with the most results, or those
 * whose name matches what the reader typed — rather than every value as a checkbox. Shared by the
 * build (the first list) and the browser (every list after), so both choose alike. No imports.
 */

export interface ListableValue {
  value: string;
  label: string;
}

/** Lower case without accents, so "de vries" finds "De Vries" and "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** True when every typed word begins some word of the name: "al har" finds "Alex Harper". */
export function nameMatches(label: string, typed: string): boolean {
  const wanted = fold(typed)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (wanted.length === 0) return true;
  const words = fold(label)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return wanted.every((part) => words.some((word) => word.startsWith(part)));
}

interface ListRequest<T extends ListableValue> {
  values: readonly T[];
  /** Results per value for the current search; a value missing here has none. */
  counts: Readonly<Record<string, number>>;
  chosen: readonly string[];
  /** What the reader typed to find a name; empty lists those with the most results. */
  typed: string;
  limit: number;
}

interface ValueList<T extends ListableValue> {
  /** The values to show, most results first (ties by name); chosen ones are always among them. */
  listed: T[];
  /** How many values with results match what was typed (all values with results when nothing was). */
  matching: number;
}

export function listValues<T extends ListableValue>({
  values,
  counts,
  chosen,
  typed,
  limit,
}: ListRequest<T>): ValueList<T> {
  const isChosen = new Set(chosen);
  const count = (item: ListableValue) => counts[item.value] ?? 0;
  const byResults = (a: ListableValue, b: ListableValue) => count(b) - count(a) || a.label.localeCompare(b.label, 'en');
  // A value with no results would give nothing; a chosen one stays, so that it can be undone.
  const matching = values.filter((item) => count(item) > 0 && nameMatches(item.label, typed)).sort(byResults);
  const listed = [
    ...values.filter((item) => isChosen.has(item.value)),
    ...matching.filter((item) => !isChosen.has(item.value)).slice(0, limit),
  ];
  return { listed: listed.sort(byResults), matching: matching.length };
}

const number = (value: number) => value.toLocaleString('en-GB');

/** What the line under a findable filter's list says about what is listed and what is not. */
export function listHint({ matching, typed, limit }: { matching: number; typed: string; limit: number }): string {
  const words = typed.trim();
  if (!words)
    return matching > limit
      ? `The ${limit} with the most results of ${number(matching)}. Type a name to find the others.`
      : '';
  if (matching === 0) return `No name with results matches “${words}”.`;
  if (matching > limit) return `The ${limit} with the most results of ${number(matching)} names matching “${words}”.`;
  return `${number(matching)} ${matching === 1 ? 'name matches' : 'names match'} “${words}”.`;
}
