/**
 * What each map fill means, in words: the legend and the table say the same, so the map never
 * relies on colour, or on seeing it, alone.
 */
import { STANCE_LABELS, type Stance } from '../stances.ts';
import type { MapFill } from './world-map.ts';

/** The id of a stance's fill pattern (drawn by MapPatterns.astro), which the map and legend refer to. */
export function mapPatternId(stance: Stance): string {
  return `map-fill-${stance}`;
}

/** The legend's rows, in the order shown. */
export const MAP_LEGEND: { fill: MapFill; label: string }[] = [
  ...(['opposes', 'supports', 'mixed', 'undecided'] as const).map((stance) => ({
    fill: stance,
    label: `${STANCE_LABELS[stance].label} ${STANCE_LABELS[stance].shape} (${STANCE_LABELS[stance].texture})`,
  })),
  { fill: 'none', label: 'In the record, no position yet (plain, outlined)' },
  { fill: 'unlisted', label: 'Not in the record' },
];

/** A country's accessible name on the map: `Netherlands: opposes`. */
export function mapLabel(name: string, fill: MapFill, blocNames: readonly string[] = []): string {
  const stance =
    fill === 'none'
      ? 'no position recorded'
      : fill === 'unlisted'
        ? 'not in the record'
        : STANCE_LABELS[fill].label.toLowerCase();
  const blocs = blocNames.length ? `; member of ${blocNames.join(', ')}` : '';
  return `${name}: ${stance}${blocs}`;
}
