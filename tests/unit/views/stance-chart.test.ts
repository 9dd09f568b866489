import { describe, expect, it } from 'vitest';
import {
  CHART_BANDS,
  CHART_FONT_SIZE,
  CHART_WIDTH,
  MARK_GAP,
  MARK_RADIUS,
  spreadMarks,
  stanceChart,
} from '../../../src/lib/views/stance-chart.ts';

describe('stanceChart', () => {
  const chart = stanceChart(
    [
      { id: 'a', date: '2015', stance: 'supports' },
      { id: 'b', date: '2018-07', stance: 'mixed' },
      { id: 'c', date: '2020-01-01', stance: 'opposes' },
    ],
    '2025-01-01',
  );
  const band = (stance: string) => chart.bands.find((b) => b.stance === stance)!.y;

  it('puts each position in its stance’s band, left to right in time', () => {
    expect(chart.points.map((p) => [p.id, p.y])).toEqual([
      ['a', band('supports')],
      ['b', band('mixed')],
      ['c', band('opposes')],
    ]);
    expect(chart.points[0]!.x).toBe(chart.plot.left);
    expect(chart.points[1]!.x).toBeLessThan(chart.points[2]!.x);
    // 2015 to 2025: 2020 is half way.
    expect(chart.points[2]!.x).toBeCloseTo((chart.plot.left + chart.plot.right) / 2, 0);
  });

  it('steps along, then up or down, and holds the last stance to the end', () => {
    const [a, b, c] = chart.points;
    expect(chart.d).toBe(`M${a!.x},${a!.y}H${b!.x}V${b!.y}H${c!.x}V${c!.y}H${chart.plot.right}`);
  });

  it('orders bands from for to against', () => {
    expect(CHART_BANDS).toEqual(['supports', 'mixed', 'undecided', 'opposes']);
    expect(band('supports')).toBeLessThan(band('opposes'));
  });

  it('labels at most a handful of years, without overlap', () => {
    const labels = chart.ticks.map((t) => t.label);
    // The first year is labelled unless the next year's label would crowd it.
    expect(labels[0]).toBe('2016');
    expect(labels.map(Number)).toEqual([...labels.map(Number)].sort());
    expect(labels.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < chart.ticks.length; i++) expect(chart.ticks[i]!.x - chart.ticks[i - 1]!.x).toBeGreaterThan(20);
  });

  it('draws a single position as a step to the end', () => {
    const one = stanceChart([{ id: 'x', date: '2024-12-01', stance: 'undecided' }], '2024-12-02');
    expect(one.points).toHaveLength(1);
    expect(one.d).toMatch(new RegExp(`H${one.plot.right}$`));
    expect(stanceChart([], '2024-01-01').d).toBe('');
  });
});

describe('stanceChart on a phone', () => {
  // At 375 px the page's column is 375 − 2 × 16 px of padding (global.css, `main`).
  const COLUMN_AT_375 = 343;
  const close = stanceChart(
    [
      { id: 'a', date: '2016-03-01', stance: 'supports' },
      { id: 'b', date: '2016-03-09', stance: 'supports' },
      { id: 'c', date: '2016-03-20', stance: 'opposes' },
      { id: 'd', date: '2016-04', stance: 'supports' },
      { id: 'e', date: '2024-11-01', stance: 'mixed' },
    ],
    '2024-12-01',
  );

  it('is drawn at full size in a 375 px window, so its labels are 12 px', () => {
    expect(close.width).toBeLessThanOrEqual(COLUMN_AT_375);
    expect(CHART_FONT_SIZE * Math.min(1, COLUMN_AT_375 / close.width)).toBeGreaterThanOrEqual(12);
  });

  it('spreads marks days apart so that no two overlap, keeping their order and the plot', () => {
    const xs = close.points.map((point) => point.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(2 * MARK_RADIUS);
    expect(xs[0]).toBe(close.plot.left);
    expect(xs.at(-1)!).toBeLessThanOrEqual(close.plot.right);
    // A mark far from the others stays at its date.
    expect(close.points.at(-1)!.x).toBeGreaterThan(close.plot.right - 5);
  });

  it('moves crowded marks only as far as needed, and back from the right end', () => {
    expect(spreadMarks([10, 11, 50], 0, 100, 18)).toEqual([10, 28, 50]);
    expect(spreadMarks([95, 99, 100], 0, 100, 18)).toEqual([64, 82, 100]);
  });

  it('widens only for a chain too long to space in the plot', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      date: `2020-01-${String(i + 1).padStart(2, '0')}`,
      stance: 'mixed' as const,
    }));
    const wide = stanceChart(many, '2020-02-01');
    const xs = wide.points.map((point) => point.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(MARK_GAP - 0.1);
    expect(wide.width).toBeGreaterThan(CHART_WIDTH);
  });
});
