/**
 * What each map fill means, in words: the legend and the table say the same, so the map never
 * relies on colour, or on seeing it, alone.
 */
import { STANCE_LABELS, STANCE_SHAPES, type Stance } from '../stances.ts';
import { DIVIDED, fillWords, type MapFill } from './map-fill.ts';

export const MAP_PATTERN_IDS: Record<Stance | 'divided', string> = {
  opposes: 'map-fill-opposes',
  supports: 'map-fill-supports',
  mixed: 'map-fill-mixed',
  undecided: 'map-fill-undecided',
  divided: 'map-fill-divided',
};

export const MAP_TEXTURES: Record<Stance | 'divided', string> = {
  opposes: 'diagonal lines',
  supports: 'dots',
  mixed: 'cross-hatching',
  undecided: 'horizontal lines',
  divided: DIVIDED.texture,
};

/** The legend's rows, in the order shown. */
export const MAP_LEGEND: { fill: MapFill; label: string }[] = [
  ...(['opposes', 'supports', 'mixed', 'undecided'] as const).map((stance) => ({
    fill: stance,
    label: `${STANCE_LABELS[stance].label} ${STANCE_SHAPES[stance]} (${MAP_TEXTURES[stance]})`,
  })),
  {
    fill: 'divided',
    label: `${DIVIDED.label} ${DIVIDED.mark} (${MAP_TEXTURES.divided}): ${DIVIDED.meaning}`,
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
