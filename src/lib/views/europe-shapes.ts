/**
 * Europe enlarged, where the record is densest: the same 1:110m countries in the Lambert azimuthal
 * equal-area projection centred on 10°E 52°N (the EU's own statistical projection, ETRS89-LAEA),
 * fitted to the EU from Portugal to Finland and Cyprus. The panel is drawn EUROPE_WIDTH units wide
 * and shown at most EUROPE_WIDTH CSS px wide (WorldMap.astro), so where the page's column is that
 * wide or wider — any window from about 640 px, 1280 px among them — one unit is one CSS px.
 *
 * A country smaller than MIN_TARGET units either way (Luxembourg, Cyprus) gets a round marker over
 * its centre, big enough to point at; one too small for the 1:110m data at all (Malta) is placed by
 * its centroid in the 1:50m data and drawn as its marker alone.
 */
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import atlas110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import atlas50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import {
  atlasFeatures,
  type CountryFeature,
  type CountryShape,
  featureCode,
  type MapBox,
  projectShapes,
  tenth,
} from './world-shapes.ts';

export const EUROPE_WIDTH = 560;
/** The smallest box, in units (= CSS px at full size), a country on the panel offers a pointer. */
export const MIN_TARGET = 16;
/** A marker's radius: its box is 18 × 18, above MIN_TARGET with room for the outline. */
const MARKER_RADIUS = 9;

/** The corners and edge midpoints of the area shown: west of Portugal to east of Cyprus, Crete to Lapland. */
const WEST = -10.5;
const EAST = 34.8;
const SOUTH = 34.5;
const NORTH = 70.5;
const EXTENT = {
  type: 'MultiPoint' as const,
  coordinates: [WEST, (WEST + EAST) / 2, EAST].flatMap((lon) =>
    [SOUTH, (SOUTH + NORTH) / 2, NORTH].map((lat) => [lon, lat]),
  ),
};

const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitWidth(EUROPE_WIDTH, EXTENT);
const [[, top], [, bottom]] = geoPath(projection).bounds(EXTENT);
export const EUROPE_HEIGHT = Math.ceil(bottom - top);
projection.clipExtent([
  [0, 0],
  [EUROPE_WIDTH, EUROPE_HEIGHT],
]);

function union(a: MapBox, b: MapBox): MapBox {
  return [
    [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
    [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
  ];
}

/** A shape with a marker over its centre if it is too small to point at. */
function withTarget(shape: CountryShape): CountryShape {
  const [[x0, y0], [x1, y1]] = shape.box;
  if (shape.d && x1 - x0 >= MIN_TARGET && y1 - y0 >= MIN_TARGET) return shape;
  const [x, y] = shape.centre;
  const markerBox: MapBox = [
    [x - MARKER_RADIUS, y - MARKER_RADIUS],
    [x + MARKER_RADIUS, y + MARKER_RADIUS],
  ];
  return {
    ...shape,
    marker: { x, y, r: MARKER_RADIUS },
    box: shape.d ? union(shape.box, markerBox) : markerBox,
  };
}

/** Countries the 1:110m data leaves out but the 1:50m data has, inside the panel: a centre each, no path. */
function pointCountries(drawn: ReadonlySet<string | undefined>): CountryShape[] {
  const path = geoPath(projection);
  return atlasFeatures(atlas50)
    .filter((country: CountryFeature) => featureCode(country) && !drawn.has(featureCode(country)))
    .flatMap((country) => {
      const [x, y] = path.centroid(country);
      if (!(x >= 0 && x <= EUROPE_WIDTH && y >= 0 && y <= EUROPE_HEIGHT)) return [];
      const centre: [number, number] = [tenth(x), tenth(y)];
      return [{ code: featureCode(country), name: country.properties.name, d: '', centre, box: [centre, centre] }];
    });
}

let shapes: CountryShape[] | undefined;

export function europeShapes(): readonly CountryShape[] {
  if (shapes) return shapes;
  const drawn = projectShapes(atlasFeatures(atlas110), projection);
  const codes = new Set(drawn.map((shape) => shape.code));
  shapes = [...drawn, ...pointCountries(codes)].map(withTarget);
  return shapes;
}
