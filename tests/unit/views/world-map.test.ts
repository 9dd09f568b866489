import { describe, expect, it } from 'vitest';
import { currentStances } from '../../../src/lib/views/current-stances.ts';
import { EUROPE_HEIGHT, EUROPE_WIDTH, europeShapes, MIN_TARGET } from '../../../src/lib/views/europe-shapes.ts';
import { BLOC_MEMBERS } from '../../../src/lib/views/blocs.ts';
import { mapLabel } from '../../../src/lib/views/map-legend.ts';
import { worldMap } from '../../../src/lib/views/world-map.ts';
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from '../../../src/lib/views/world-shapes.ts';
import { smallRecord } from '../../helpers/small-record.ts';

const graph = smallRecord();

describe('currentStances', () => {
  it('gives each jurisdiction, by name, its current positions and the newest one’s stance', () => {
    expect(currentStances(graph).map((s) => [s.jurisdiction.id, s.stance, s.current.map((p) => p.id)])).toEqual([
      ['eu', 'opposes', ['eu-1']],
      ['fr', 'opposes', ['fr-3']],
      ['de', undefined, []],
    ]);
  });
});

describe('worldShapes', () => {
  const shapes = worldShapes();

  it('draws the world’s countries with their ISO alpha-2 codes, inside the map, without Antarctica', () => {
    const codes = shapes.map((shape) => shape.code);
    expect(codes).toEqual(expect.arrayContaining(['FR', 'DE', 'US', 'NL', 'GB', 'BR', 'IN', 'AU']));
    expect(codes).not.toContain('AQ');
    for (const shape of shapes) {
      expect(shape.d).toMatch(/^M/);
      expect(shape.centre[0]).toBeGreaterThanOrEqual(0);
      expect(shape.centre[0]).toBeLessThanOrEqual(MAP_WIDTH);
      expect(shape.centre[1]).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it('is computed once', () => {
    expect(worldShapes()).toBe(shapes);
  });
});

describe('worldMap', () => {
  const map = worldMap(worldShapes(), currentStances(graph));
  const country = (code: string) => map.countries.find((c) => c.code === code)!;

  it('fills each country with an entry by its current stance, and others as not in the record', () => {
    expect(country('FR').fill).toBe('opposes');
    expect(country('FR').jurisdiction?.jurisdiction.id).toBe('fr');
    expect(country('DE').fill).toBe('none');
    expect(country('US').fill).toBe('unlisted');
    expect(country('US').jurisdiction).toBeUndefined();
  });

  it('puts the EU’s members, and only them, under the bloc', () => {
    expect(map.blocs.map(({ bloc }) => bloc.jurisdiction.id)).toEqual(['eu']);
    expect(country('DE').blocs.map((b) => b.jurisdiction.id)).toEqual(['eu']);
    expect(country('NL').blocs.map((b) => b.jurisdiction.id)).toEqual(['eu']);
    expect(country('GB').blocs).toEqual([]);
    expect(country('NO').blocs).toEqual([]);
  });

  it('names country jurisdictions it cannot draw', () => {
    const stances = currentStances(graph);
    const malta = {
      ...stances[1]!,
      jurisdiction: {
        ...stances[1]!.jurisdiction,
        id: 'mt',
        data: { name: 'Malta', code: 'MT', kind: 'country' as const },
      },
    };
    expect(worldMap(worldShapes(), [...stances, malta]).unmapped.map((s) => s.jurisdiction.id)).toEqual(['mt']);
  });
});

describe('europeShapes', () => {
  const shapes = europeShapes();
  const byCode = new Map(shapes.map((shape) => [shape.code, shape]));
  /**
   * The panel's SVG is EUROPE_WIDTH units wide, with width="EUROPE_WIDTH" and max-width: 100% (so
   * never wider), in a column wider than that at a 1280 px window (64rem less padding): it is drawn
   * at EUROPE_WIDTH CSS px, and a box of n units is n CSS px. CSS px = units × (rendered / viewBox).
   */
  const RENDERED_WIDTH_AT_1280 = EUROPE_WIDTH;
  const cssPx = (units: number) => units * (RENDERED_WIDTH_AT_1280 / EUROPE_WIDTH);

  it('gives every EU member, and the United Kingdom, a target at least 16 × 16 CSS px at a 1280 px window', () => {
    const small: string[] = [];
    for (const code of [...BLOC_MEMBERS.EU!, 'GB']) {
      const shape = byCode.get(code);
      expect(shape, code).toBeDefined();
      const [[x0, y0], [x1, y1]] = shape!.box;
      if (cssPx(x1 - x0) < MIN_TARGET || cssPx(y1 - y0) < MIN_TARGET) small.push(`${code} ${x1 - x0}×${y1 - y0}`);
      // Inside the panel, so none is cut off.
      expect(x0, code).toBeGreaterThanOrEqual(0);
      expect(x1, code).toBeLessThanOrEqual(EUROPE_WIDTH);
      expect(y0, code).toBeGreaterThanOrEqual(0);
      expect(y1, code).toBeLessThanOrEqual(EUROPE_HEIGHT);
    }
    expect(small).toEqual([]);
  });

  it('marks the smallest: Luxembourg over its outline, Malta (not in the 1:110m data) by its marker alone', () => {
    const luxembourg = byCode.get('LU')!;
    expect(luxembourg.d).toMatch(/^M/);
    expect(luxembourg.marker?.r).toBe(9);
    const malta = byCode.get('MT')!;
    expect(malta.d).toBe('');
    // Malta lies south of Sicily: below and a little right of Italy's centre.
    const italy = byCode.get('IT')!;
    expect(malta.marker!.y).toBeGreaterThan(italy.centre[1]);
    expect(malta.marker!.x).toBeGreaterThan(italy.box[0][0]);
    expect(malta.marker!.x).toBeLessThan(italy.box[1][0]);
    // Big countries need none.
    expect(byCode.get('FR')!.marker).toBeUndefined();
  });

  it('leaves out what lies wholly outside the panel', () => {
    expect(byCode.has('US')).toBe(false);
    expect(byCode.has('AU')).toBe(false);
  });
});

describe('worldMap with the Europe panel', () => {
  const stances = currentStances(graph);
  const malta = {
    ...stances[1]!,
    jurisdiction: {
      ...stances[1]!.jurisdiction,
      id: 'mt',
      data: { name: 'Malta', code: 'MT', kind: 'country' as const },
    },
  };
  const map = worldMap(worldShapes(), [...stances, malta], europeShapes());

  it('draws a country on record that the world map cannot, and only those without an outline that are on record', () => {
    expect(map.unmapped).toEqual([]);
    expect(map.europe.find((c) => c.code === 'MT')?.jurisdiction?.jurisdiction.id).toBe('mt');
    // Monaco, in the 1:50m data but not on record, has no outline to draw.
    expect(map.europe.some((c) => c.code === 'MC')).toBe(false);
    expect(map.europe.find((c) => c.code === 'FR')?.fill).toBe('opposes');
  });
});

describe('mapLabel', () => {
  it('says the stance and blocs in words', () => {
    expect(mapLabel('France', 'opposes', ['European Union'])).toBe(
      'France: against mandated access; member of European Union',
    );
    expect(mapLabel('Germany', 'none')).toBe('Germany: no position recorded');
  });
});
