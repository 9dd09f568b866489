/**
 * What the map fills a country with: its bodies' shared stance, `divided` when they differ, `none`
 * for a jurisdiction with no position, `unlisted` for a country with no entry. Divided has its own
 * texture, mark and words, like a stance, so it never relies on colour either.
 */
import { STANCE_LABELS, type Stance } from '../stances.ts';
import type { JurisdictionStance } from './current-stances.ts';

export type MapFill = Stance | 'divided' | 'none' | 'unlisted';

/** Divided, described as a stance is: a word, a mark, a texture, and what it means. */
export const DIVIDED = {
  label: 'Divided',
  mark: '≠',
  texture: 'checks',
  meaning: 'its bodies’ current positions differ',
} as const;

/** The fill of a country with this jurisdiction entry, or `unlisted` without one. */
export function mapFill(stance: JurisdictionStance | undefined): MapFill {
  if (!stance) return 'unlisted';
  if (stance.divided) return 'divided';
  return stance.stance ?? 'none';
}

/** The mark drawn on a filled country: the stance's shape, or divided's; none for an empty fill. */
export function fillMark(fill: MapFill): string | undefined {
  if (fill === 'divided') return DIVIDED.mark;
  return fill === 'none' || fill === 'unlisted' ? undefined : STANCE_LABELS[fill].shape;
}

/** A fill in words, lower case, for a country's accessible name and the bloc's legend line. */
export function fillWords(fill: MapFill): string {
  if (fill === 'none') return 'no position recorded';
  if (fill === 'unlisted') return 'not in the record';
  if (fill === 'divided') return `divided (${DIVIDED.meaning})`;
  return STANCE_LABELS[fill].label.toLowerCase();
}

/** A fill as its name and mark, `Divided ≠`, `Opposes ✕`; in words when it has no mark. */
export function fillName(fill: MapFill): string {
  if (fill === 'divided') return `${DIVIDED.label} ${DIVIDED.mark}`;
  return fill === 'none' || fill === 'unlisted'
    ? fillWords(fill)
    : `${STANCE_LABELS[fill].label} ${STANCE_LABELS[fill].shape}`;
}
