/**
 * Slicing built HTML at markers, for build tests: a marker that is missing fails the test, so an
 * assertion on the slice (especially `not.toContain`) cannot pass by looking at the wrong text.
 */
import { expect } from 'vitest';

/** The HTML from `start` (inclusive) to `end` (exclusive, searched after `start`), or to the end. */
export function htmlBetween(html: string, start: string, end?: string): string {
  const from = html.indexOf(start);
  expect(from, `the marker ${JSON.stringify(start)} is not in the page`).toBeGreaterThan(-1);
  if (end === undefined) return html.slice(from);
  const to = html.indexOf(end, from + start.length);
  expect(to, `the marker ${JSON.stringify(end)} does not follow ${JSON.stringify(start)}`).toBeGreaterThan(-1);
  return html.slice(from, to);
}

/** Asserts that `first` occurs in `html`, and before `second` (which must occur too). */
export function expectInOrder(html: string, first: string, second: string): void {
  const a = html.indexOf(first);
  const b = html.indexOf(second);
  expect(a, `${JSON.stringify(first)} is not in the page`).toBeGreaterThan(-1);
  expect(b, `${JSON.stringify(second)} is not in the page`).toBeGreaterThan(-1);
  expect(a, `${JSON.stringify(first)} comes after ${JSON.stringify(second)}`).toBeLessThan(b);
}
