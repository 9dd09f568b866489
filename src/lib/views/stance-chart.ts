/**
 * A step chart of one chain of positions: time across, stance up and down, one step per position,
 * the last held until `end` (the build's date). Pure geometry; StanceChart.astro draws it, and the
 * dated list beside it is its text equivalent.
 */
import { dateSortKey } from '../dates.ts';
import type { Stance } from '../stances.ts';

const CHART_WIDTH = 320;
const BAND_HEIGHT = 22;
const LEFT = 100;
const RIGHT = 12;
/** Room above the bands for the axis title that names what the stances are about. */
const TOP = 22;
const AXIS = 22;

/** Bands top to bottom: for, mixed, weighing it, against. */
export const CHART_BANDS: readonly Stance[] = ['supports', 'mixed', 'undecided', 'opposes'];

export interface ChartPoint {
  id: string;
  date: string;
  stance: Stance;
  x: number;
  y: number;
}

export interface StanceChart {
  width: number;
  height: number;
  bands: { stance: Stance; y: number }[];
  points: ChartPoint[];
  /** The step line: along at each stance, down or up at each change, to the end. */
  d: string;
  ticks: { x: number; label: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

function dayNumber(date: string): number {
  return Date.parse(`${dateSortKey(date)}T00:00:00Z`) / 86_400_000;
}

/**
 * `positions` oldest first (a `supersedes` chain walked forward); `end` a `YYYY-MM-DD` date the
 * last stance is drawn to, normally the build's date.
 */
export function stanceChart(
  positions: readonly { id: string; date: string; stance: Stance }[],
  end: string,
): StanceChart {
  const height = TOP + BAND_HEIGHT * CHART_BANDS.length + AXIS;
  const plot = { left: LEFT, right: CHART_WIDTH - RIGHT, top: TOP, bottom: TOP + BAND_HEIGHT * CHART_BANDS.length };
  const bandY = (stance: Stance) => TOP + BAND_HEIGHT * (CHART_BANDS.indexOf(stance) + 0.5);
  const bands = CHART_BANDS.map((stance) => ({ stance, y: bandY(stance) }));
  if (positions.length === 0) return { width: CHART_WIDTH, height, bands, points: [], d: '', ticks: [], plot };
  const first = dayNumber(positions[0]!.date);
  const last = Math.max(dayNumber(end), dayNumber(positions.at(-1)!.date));
  // A chain of one date still gets a visible step: at least a year of width.
  const span = Math.max(last - first, 365);
  const x = (day: number) => Math.round((plot.left + ((day - first) / span) * (plot.right - plot.left)) * 10) / 10;
  const points = positions.map(({ id, date, stance }) => ({
    id,
    date,
    stance,
    x: x(dayNumber(date)),
    y: bandY(stance),
  }));
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (const point of points.slice(1)) d += `H${point.x}V${point.y}`;
  d += `H${plot.right}`;
  const firstYear = new Date(first * 86_400_000).getUTCFullYear();
  const lastYear = new Date((first + span) * 86_400_000).getUTCFullYear();
  // At most five year labels, evenly stepped, so they never collide.
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 5));
  const ticks = [];
  for (let year = firstYear + 1; year <= lastYear; year += step) {
    ticks.push({ x: x(Date.UTC(year, 0, 1) / 86_400_000), label: String(year) });
  }
  if (ticks.length === 0 || ticks[0]!.x - plot.left > 30) ticks.unshift({ x: plot.left, label: String(firstYear) });
  return { width: CHART_WIDTH, height, bands, points, d, ticks, plot };
}
