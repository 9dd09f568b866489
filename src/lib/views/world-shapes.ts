/**
 * The world's countries as SVG paths, drawn once at build time from Natural Earth's 1:110m data
 * (the `world-atlas` package) in the Equal Earth projection: an equal-area projection, so no
 * country looks bigger than it is, with straight parallels that read well at a small size.
 * Each country carries its ISO 3166-1 alpha-2 code, the key the record's jurisdictions use.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;

/** Antarctica takes a fifth of the map and holds no jurisdiction. */
const LEFT_OUT = new Set(['010']);

export interface CountryShape {
  /** ISO 3166-1 alpha-2, e.g. `NL`; undefined for areas without one (e.g. disputed territories). */
  code?: string;
  name: string;
  /** The SVG path, coordinates rounded to whole units: at most half a unit off on a 960-unit map, a third lighter than tenths. */
  d: string;
  /** Where to put a mark: the centroid of the country's area. */
  centre: [number, number];
}

let shapes: CountryShape[] | undefined;

export function worldShapes(): readonly CountryShape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((country) => !LEFT_OUT.has(String(country.id)));
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(0);
  shapes = features.map((country) => {
    const [x, y] = path.centroid(country);
    return {
      code: country.id === undefined ? undefined : countries.numericToAlpha2(String(country.id)),
      name: country.properties.name,
      d: path(country) ?? '',
      centre: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as [number, number],
    };
  });
  return shapes;
}
