/**
 * What each map fill means, in words: the legend and the table say the same, so the map never
 * relies on colour, or on seeing it, alone.
 */
import { STANCE_LABELS, type Stance } from '../stances.ts';
import { DIVIDED, fillWords, type MapFill } from './map-fill.ts';

/** The id of a fill's pattern (MapPatterns.astro draws the stances', MapDividedPattern.astro divided's), which the map and legend refer to. */
export function mapPatternId(fill: Stance | 'divided'): string {
  return `map-fill-${fill}`;
}

/** The legend's rows, in the order shown. */
export const MAP_LEGEND: { fill: MapFill; label: string }[] = [
  ...(['opposes', 'supports', 'mixed', 'undecided'] as const).map((stance) => ({
    fill: stance,
    label: `${STANCE_LABELS[stance].label} ${STANCE_LABELS[stance].shape} (${STANCE_LABELS[stance].texture})`,
  })),
  {
    fill: 'divided',
    label: `${DIVIDED.label} ${DIVIDED.mark} (${DIVIDED.texture}): ${DIVIDED.meaning}`,
  },
  { fill: 'none', label: 'In the record, no position yet (plain, outlined)' },
  { fill: 'unlisted', label: 'Not in the record' },
];

/** A country's accessible name on the map: `Netherlands: opposes`. */
export function mapLabel(name: string, fill: MapFill, blocNames: readonly string[] = []): string {
  const stance = fillWords(fill);
  const blocs = blocNames.length ? `; member of ${blocNames.join(', ')}` : '';
  return `${name}: ${stance}${blocs}`;
}
