/**
 * Bodies stay apart (issue 20): each body's current position on its own, the map's "divided" rule,
 * and the age a position says once it is old.
 */
import { describe, expect, it } from 'vitest';
import { type AnyGraphInput, buildEntryGraph } from '../../../src/lib/graph.ts';
import type { Stance } from '../../../src/lib/stances.ts';
import { bodyChains } from '../../../src/lib/views/body-chains.ts';
import { currentStances } from '../../../src/lib/views/current-stances.ts';
import { decidingPositions } from '../../../src/lib/views/divided.ts';
import { fillMark, fillName, mapFill } from '../../../src/lib/views/map-fill.ts';
import { MAP_LEGEND, mapLabel } from '../../../src/lib/views/map-legend.ts';
import { ageNote, OLD_AFTER_YEARS, yearsSince } from '../../../src/lib/views/position-age.ts';
import { worldMap } from '../../../src/lib/views/world-map.ts';
import { worldShapes } from '../../../src/lib/views/world-shapes.ts';
import { jurisdiction, organisation, position, source } from '../../helpers/records.ts';

function country(id: string, name: string): AnyGraphInput {
  return jurisdiction(id, name, id.toUpperCase());
}

function body(id: string, kind: Parameters<typeof organisation>[2], parent?: string): AnyGraphInput {
  return organisation(id, id, kind, parent ? { parent } : {});
}

function stanceOf(id: string, actor: string, stance: Stance, date: string, supersedes?: string): AnyGraphInput {
  return position(id, {
    jurisdiction: id.slice(0, 2),
    actor,
    subject: 'scanning',
    stance,
    date,
    ...(supersedes ? { supersedes } : {}),
  });
}

const graph = buildEntryGraph([
  source('report', { title: 'R', publisher: 'P', published: '2014-01-01' }),
  country('us', 'United States'),
  country('fr', 'France'),
  country('gb', 'United Kingdom'),
  country('ca', 'Canada'),
  country('de', 'Germany'),
  body('justice', 'government'),
  body('fbi', 'agency', 'justice'),
  body('cisa', 'agency'),
  body('interior', 'government'),
  body('assembly', 'legislature'),
  body('uk-government', 'government'),
  body('gchq', 'agency', 'uk-government'),
  body('canada', 'government'),
  body('police', 'agency', 'canada'),
  // United States: the FBI's 2014 word is spoken for by its parent's newer one; Justice and CISA differ.
  stanceOf('us-fbi-2014', 'fbi', 'supports', '2014-10-16'),
  stanceOf('us-justice-2016', 'justice', 'supports', '2016-02-16'),
  stanceOf('us-justice-2020', 'justice', 'supports', '2020-06', 'us-justice-2016'),
  stanceOf('us-cisa-2024', 'cisa', 'undecided', '2024-12'),
  // France: a ministry and a legislature that disagree.
  stanceOf('fr-interior-2016', 'interior', 'supports', '2016-08-23'),
  stanceOf('fr-interior-2025', 'interior', 'supports', '2025-03', 'fr-interior-2016'),
  stanceOf('fr-assembly-2025', 'assembly', 'opposes', '2025-03-20'),
  // United Kingdom: two bodies that agree.
  stanceOf('gb-gchq-2018', 'gchq', 'supports', '2018-11'),
  stanceOf('gb-government-2023', 'uk-government', 'supports', '2023-10-26'),
  // Canada: an agency newer than its parent still counts.
  stanceOf('ca-canada-2018', 'canada', 'supports', '2018-08'),
  stanceOf('ca-police-2022', 'police', 'opposes', '2022-01'),
]);

const stances = currentStances(graph);
const of = (id: string) => stances.find((s) => s.jurisdiction.id === id)!;

describe('currentStances', () => {
  it('keeps each body on its own, its current position the newest, the newest body first', () => {
    expect(of('us').bodies.map((b) => [b.actor, b.current.id, b.positions.map((p) => p.id)])).toEqual([
      ['cisa', 'us-cisa-2024', ['us-cisa-2024']],
      ['justice', 'us-justice-2020', ['us-justice-2020', 'us-justice-2016']],
      ['fbi', 'us-fbi-2014', ['us-fbi-2014']],
    ]);
    expect(of('us').current.map((p) => p.id)).toEqual(['us-cisa-2024', 'us-justice-2020', 'us-fbi-2014']);
  });

  it('gives two bodies that agree their shared stance', () => {
    expect(of('gb')).toMatchObject({ stance: 'supports', divided: false });
    expect(of('gb').bodies.map((b) => b.actor)).toEqual(['uk-government', 'gchq']);
  });

  it('calls a jurisdiction divided when its bodies’ current positions differ, courts and legislatures included', () => {
    expect(of('fr')).toMatchObject({ stance: undefined, divided: true });
    expect(of('us')).toMatchObject({ stance: undefined, divided: true });
    expect(of('de')).toMatchObject({ stance: undefined, divided: false, bodies: [] });
  });

  it('lets a parent’s newer position speak for its agency, but not an older one', () => {
    expect(decidingPositions(graph, of('us').current).map((p) => p.id)).toEqual(['us-cisa-2024', 'us-justice-2020']);
    expect(decidingPositions(graph, of('ca').current).map((p) => p.id)).toEqual(['ca-police-2022', 'ca-canada-2018']);
    expect(of('ca').divided).toBe(true);
  });
});

describe('the map', () => {
  const map = worldMap(worldShapes(), stances);
  const country = (code: string) => map.countries.find((c) => c.code === code)!;

  it('fills a divided jurisdiction as divided, with its own mark, words and legend row', () => {
    expect(country('FR').fill).toBe('divided');
    expect(country('GB').fill).toBe('supports');
    expect(country('DE').fill).toBe('none');
    expect(mapFill(undefined)).toBe('unlisted');
    expect(fillMark('divided')).toBe('≠');
    expect(fillMark('none')).toBeUndefined();
    expect(fillName('divided')).toBe('Divided ≠');
    expect(mapLabel('France', 'divided')).toBe('France: divided (its bodies’ current positions differ)');
    expect(MAP_LEGEND.map((row) => row.fill)).toContain('divided');
  });
});

describe('position age', () => {
  it('counts whole years to the build’s date', () => {
    expect(yearsSince('2014-10-16', '2026-12-02')).toBe(12);
    expect(yearsSince('2014', '2026-12-02')).toBe(12);
    expect(yearsSince('2021-12-03', '2026-12-02')).toBe(4);
    expect(yearsSince('2021-12-02', '2026-12-02')).toBe(5);
  });

  it(`says the age of a position ${OLD_AFTER_YEARS} years old or more, and nothing for a newer one`, () => {
    expect(ageNote('2014-10-16', '2026-12-02')).toBe('12 years ago');
    expect(ageNote('2021-12-02', '2026-12-02')).toBe('5 years ago');
    expect(ageNote('2021-12-03', '2026-12-02')).toBeUndefined();
    expect(ageNote('2024-12', '2026-12-02')).toBeUndefined();
  });
});

describe('bodyChains', () => {
  it('gives a body’s own positions only, never another body’s', () => {
    expect(bodyChains(graph, 'justice').map((chain) => chain.map((p) => p.id))).toEqual([
      ['us-justice-2020', 'us-justice-2016'],
    ]);
    expect(bodyChains(graph, 'fbi').map((chain) => chain.map((p) => p.id))).toEqual([['us-fbi-2014']]);
  });
});
