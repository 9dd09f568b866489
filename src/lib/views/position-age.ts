/**
 * How old a current position is, so that a stance held since long ago says so where it is shown as
 * current ("12 years ago"). Computed at build time against the build's date.
 */
import { dateSortKey } from '../dates.ts';

/** A current position at least this many years old says its age. */
export const OLD_AFTER_YEARS = 5;

/** The build's date, `YYYY-MM-DD`: what "now" means on every page of one build. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

/** Whole years from the first day `date` can mean to `today` (both valid dates; `today` as `YYYY-MM-DD`). */
export function yearsSince(date: string, today: string): number {
  const from = dateSortKey(date);
  // A year is complete once today's month and day reach the start's.
  return Number(today.slice(0, 4)) - Number(from.slice(0, 4)) - (today.slice(5) < from.slice(5) ? 1 : 0);
}

/** `12 years ago` for a position at least OLD_AFTER_YEARS old; undefined for a newer one. */
export function ageNote(date: string, today: string = BUILD_DATE): string | undefined {
  const years = yearsSince(date, today);
  return years >= OLD_AFTER_YEARS ? `${years} years ago` : undefined;
}
