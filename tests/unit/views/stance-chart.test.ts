import { describe, expect, it } from 'vitest';
import { CHART_BANDS, stanceChart } from '../../../src/lib/views/stance-chart.ts';

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
