/**
 * How many signed a letter, in words: the signatories the record names, against the count its sources
 * report when the named list is partial ("6 named of 143–150 reported"). The letter's page and the
 * signatory matrix read partial lists through these, so a partial list never reads as complete.
 */
import type { Letter } from './schemas.ts';

export type ReportedCount = NonNullable<Letter['signatories_reported']>;

/** The reported count as a reader says it: "133", "143–150", "at least 58". */
export function reportedCountText(reported: ReportedCount): string {
  if (reported.max === undefined) return `at least ${reported.min}`;
  return reported.max === reported.min ? `${reported.min}` : `${reported.min}–${reported.max}`;
}

/** Whether the sources report more signatories than the record names. */
export function isPartialList(letter: Pick<Letter, 'signatories' | 'signatories_reported'>): boolean {
  const reported = letter.signatories_reported;
  return reported !== undefined && (reported.max ?? Infinity) > new Set(letter.signatories).size;
}

/**
 * The count line of a letter: "6 signatories" when nothing more is reported, "7 signatories, all
 * named" when the sources' count matches the list, "6 named of 143–150 reported" when it is partial.
 */
export function signatoryCountText(letter: Pick<Letter, 'signatories' | 'signatories_reported'>): string {
  const named = new Set(letter.signatories).size;
  const reported = letter.signatories_reported;
  if (!reported) return `${named} ${named === 1 ? 'signatory' : 'signatories'}`;
  if (!isPartialList(letter)) return `${named} ${named === 1 ? 'signatory' : 'signatories'}, all named`;
  return `${named} named of ${reportedCountText(reported)} reported`;
}
