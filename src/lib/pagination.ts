/**
 * Index pages are split into pages of a fixed size, so a collection of thousands stays light:
 * page 1 at `/<collection>/`, page n at `/<collection>/page/<n>/`.
 */
export const PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  number: number;
  count: number;
  /** The position of the first item, from 1, for "Showing 101–200 of 3,500". */
  first: number;
  last: number;
  total: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: readonly T[], number: number, size = PAGE_SIZE): Page<T> {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) throw new RangeError(`page ${number} of ${count}`);
  const start = (number - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    number,
    count,
    first: slice.length ? start + 1 : 0,
    last: start + slice.length,
    total: items.length,
  };
}
