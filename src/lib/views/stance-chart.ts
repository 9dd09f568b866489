/**
 * A step chart of one chain of positions: time across, stance up and down, one step per position,
 * the last held until `end` (the build's date). Pure geometry; StanceChart.astro draws it, and the
 * dated list beside it is its text equivalent. Sized for a phone: at 375 px the page's column is
 * 343 px wide, so a chart no wider than that is drawn at full size and its 12 px labels stay 12 px;
 * marks closer in time than their size are spread apart so that none hides another.
 */
import { dateSortKey } from '../dates.ts';
import type { Stance } from '../stances.ts';

export const CHART_WIDTH = 320;
export const BAND_HEIGHT = 24;
/** The size of every label, in the chart's units: CSS pixels while the chart is drawn at full size. */
export const CHART_FONT_SIZE = 12;
/** The radius of a position's mark, and the least distance between two marks' centres. */
export const MARK_RADIUS = 8;
export const MARK_GAP = 2 * MARK_RADIUS + 2;
const LEFT = 100;
// Room for half a year's label at the right end of the axis.
const RIGHT = 16;
/** Room above the bands for the axis title that names what the stances are about. */
const TOP = 24;
const AXIS = 24;
/** How far below the axis a year's baseline sits. */
export const TICK_OFFSET = 16;

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

/**
 * Moves marks apart, keeping their order, until each is at least `gap` after the one before, inside
 * `left`–`right` where they fit: a few days between two positions would otherwise draw one mark
 * over the other. The dated list beside the chart gives the exact dates.
 */
export function spreadMarks(xs: readonly number[], left: number, right: number, gap: number): number[] {
  const spread = [...xs];
  // Push right where crowded, pull back from the right end, then keep the first inside the left.
  for (let i = 1; i < spread.length; i++) spread[i] = Math.max(spread[i]!, spread[i - 1]! + gap);
  for (let i = spread.length - 1, limit = right; i >= 0; i--) {
    spread[i] = Math.min(spread[i]!, limit);
    limit = spread[i]! - gap;
  }
  for (let i = 0; i < spread.length; i++) {
    spread[i] = Math.max(spread[i]!, i === 0 ? left : spread[i - 1]! + gap);
  }
  return spread.map((x) => Math.round(x * 10) / 10);
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
  const timeRight = plot.right;
  const x = (day: number) => Math.round((plot.left + ((day - first) / span) * (timeRight - plot.left)) * 10) / 10;
  const xs = spreadMarks(
    positions.map(({ date }) => x(dayNumber(date))),
    plot.left,
    plot.right,
    MARK_GAP,
  );
  const points = positions.map(({ id, date, stance }, index) => ({
    id,
    date,
    stance,
    x: xs[index]!,
    y: bandY(stance),
  }));
  // A chain too long to space within the plot widens the chart rather than overlap its marks.
  const width = Math.max(CHART_WIDTH, Math.ceil(xs.at(-1)! + MARK_RADIUS + 2));
  if (width > CHART_WIDTH) plot.right = width - RIGHT;
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
  // A year label at 12 px is about 28 px wide: the first year only where it cannot touch the next.
  if (ticks.length === 0 || ticks[0]!.x - plot.left > 36) ticks.unshift({ x: plot.left, label: String(firstYear) });
  return { width, height, bands, points, d, ticks, plot };
}
