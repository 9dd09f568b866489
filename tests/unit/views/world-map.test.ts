import { describe, expect, it } from 'vitest';
import { currentStances } from '../../../src/lib/views/current-stances.ts';
import { mapLabel } from '../../../src/lib/views/map-legend.ts';
import { worldMap } from '../../../src/lib/views/world-map.ts';
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from '../../../src/lib/views/world-shapes.ts';
import { smallRecord } from './small-record.ts';

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

describe('mapLabel', () => {
  it('says the stance and blocs in words', () => {
    expect(mapLabel('France', 'opposes', ['European Union'])).toBe('France: against mandated access; member of European Union');
    expect(mapLabel('Germany', 'none')).toBe('Germany: no position recorded');
  });
});
