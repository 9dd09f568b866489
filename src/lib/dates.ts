/**
 * Dates at the precision the record knows them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * A partial date sorts as its first day and is shown at its own precision.
 */
import { YamlTimestamp } from './yaml-timestamp.ts';

type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** The date as written in the content, e.g. `2015-06`. */
  value: string;
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const DATE_RULE = 'a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a partial date. Returns an error message rather than throwing, so the check can report
 * it with the file and line.
 */
export function parsePartialDate(value: string): PartialDate | { error: string } {
  const match = DATE_PATTERN.exec(value);
  if (!match) return { error: `"${value}" is not ${DATE_RULE}` };
  const year = Number(match[1]);
  if (year < 1900) return { error: `year ${year} is before 1900` };
  if (match[2] === undefined) return { value, precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${value}" has no month ${match[2]}` };
  if (match[3] === undefined) return { value, precision: 'month', year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      error: `"${value}" does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`,
    };
  }
  return { value, precision: 'day', year, month, day };
}

/** Parses a date that is already known to be valid (schema-checked content). */
export function partialDate(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

/** The first day the date can mean, as `YYYY-MM-DD`. */
export function firstDay(date: PartialDate): string {
  const mm = String(date.month ?? 1).padStart(2, '0');
  const dd = String(date.day ?? 1).padStart(2, '0');
  return `${date.year}-${mm}-${dd}`;
}

/** The last day the date can mean, as `YYYY-MM-DD`. */
export function lastDay(date: PartialDate): string {
  const month = date.month ?? 12;
  const day = date.day ?? daysInMonth(date.year, month);
  return `${date.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when every day `a` can mean is before every day `b` can mean (valid date strings). */
export function whollyBefore(a: string, b: string): boolean {
  return lastDay(partialDate(a)) < firstDay(partialDate(b));
}

/** True when even the first day the date can mean is after `today` (a partial date in the current month or year is not future). */
export function isFuture(date: PartialDate, today: Date = new Date()): boolean {
  return firstDay(date) > today.toISOString().slice(0, 10);
}

/** Human form at the date's precision: `8 June 2015`, `June 2015`, `2015`. */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const month = MONTH_NAMES[(date.month ?? 1) - 1];
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** Sort key: the first day, so `2015-06` sorts with 1 June 2015. Newest first is `b.localeCompare(a)`. */
export function dateSortKey(value: string): string {
  return firstDay(partialDate(value));
}

/** Compares two date strings oldest first; at equal first days the more precise date sorts later. */
export function compareDates(a: string, b: string): number {
  return dateSortKey(a).localeCompare(dateSortKey(b)) || a.length - b.length;
}

/**
 * Normalises what a YAML reader may hand over for an unquoted date: Astro's turns `2015-06-08` into a
 * Date, the check's keeps it as written (a YamlTimestamp), and both read `2015` as a number.
 */
export function dateInputToString(input: unknown): unknown {
  if (input instanceof YamlTimestamp) return input.text;
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  return input;
}
