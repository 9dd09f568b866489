/**
 * The world's countries as SVG paths, drawn once at build time from Natural Earth's 1:110m data
 * (the `world-atlas` package) in the Equal Earth projection: an equal-area projection, so no
 * country looks bigger than it is, with straight parallels that read well at a small size.
 * Each country carries its ISO 3166-1 alpha-2 code, the key the record's jurisdictions use.
 */
import { geoEqualEarth, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import countries from 'i18n-iso-countries';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;

/** Antarctica takes a fifth of the map and holds no jurisdiction. */
const LEFT_OUT = new Set(['010']);

/** A box in map units: `[[left, top], [right, bottom]]`. */
export type MapBox = [[number, number], [number, number]];

export interface CountryShape {
  /** ISO 3166-1 alpha-2, e.g. `NL`; undefined for areas without one (e.g. disputed territories). */
  code?: string;
  name: string;
  /** The SVG path, coordinates rounded to whole units: at most half a unit off on a 960-unit map, a third lighter than tenths. Empty for a country drawn by its marker alone. */
  d: string;
  /** Where to put a mark: the centroid of the country's area. */
  centre: [number, number];
  /** What a pointer can hit: the shape's bounds, and its marker's if it has one. */
  box: MapBox;
  /** A round target drawn over a country too small to point at (see europe-shapes.ts). */
  marker?: { x: number; y: number; r: number };
}

export type CountryFeature = Feature<Geometry, { name: string }>;

/** One of a map's projected parts: a unit-to-a-tenth rounding keeps the markup short. */
export const tenth = (value: number) => Math.round(value * 10) / 10;

/** The ISO alpha-2 code of a Natural Earth feature (its id is the ISO numeric code). */
export function featureCode(country: CountryFeature): string | undefined {
  return country.id === undefined ? undefined : countries.numericToAlpha2(String(country.id));
}

/** Natural Earth's countries from a `world-atlas` topology, as GeoJSON features. */
export function atlasFeatures(topology: unknown): CountryFeature[] {
  const typed = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(typed, typed.objects.countries).features;
}

/** Countries drawn in a projection: path, centroid and bounds; those the projection clips away entirely are left out. */
export function projectShapes(features: readonly CountryFeature[], projection: GeoProjection): CountryShape[] {
  const path: GeoPath = geoPath(projection).digits(0);
  return features.flatMap((country) => {
    const d = path(country);
    if (!d) return [];
    const [x, y] = path.centroid(country);
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    return [
      {
        code: featureCode(country),
        name: country.properties.name,
        d,
        centre: [tenth(x), tenth(y)] as [number, number],
        box: [
          [tenth(x0), tenth(y0)],
          [tenth(x1), tenth(y1)],
        ] as MapBox,
      },
    ];
  });
}

let shapes: CountryShape[] | undefined;

export function worldShapes(): readonly CountryShape[] {
  if (shapes) return shapes;
  const features = atlasFeatures(atlas).filter((country) => !LEFT_OUT.has(String(country.id)));
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features });
  shapes = projectShapes(features, projection);
  return shapes;
}
