/**
 * The map's data: each country shape with the jurisdiction entry that has its code, the fill its
 * bodies' current stances give it (`map-fill.ts`), and the blocs (the EU) it belongs to — for the
 * world and for the enlarged Europe panel alike. Pure: shapes and stances in, what to draw out; the
 * component only writes the SVG.
 */
import { BLOC_MEMBERS } from './blocs.ts';
import type { JurisdictionStance } from './current-stances.ts';
import { type MapFill, mapFill } from './map-fill.ts';
import type { CountryShape } from './world-shapes.ts';

export type { MapFill } from './map-fill.ts';

export interface MapCountry extends CountryShape {
  fill: MapFill;
  /** The jurisdiction entry with this country's code. */
  jurisdiction?: JurisdictionStance;
  /** The blocs in the record this country belongs to. */
  blocs: JurisdictionStance[];
}

export interface WorldMap {
  countries: MapCountry[];
  /** The same, over the Europe panel's shapes (europe-shapes.ts). */
  europe: MapCountry[];
  /** Blocs in the record, each with its members' codes. */
  blocs: { bloc: JurisdictionStance; members: readonly string[] }[];
  /** Country jurisdictions on neither panel (too small, or no ISO code match). */
  unmapped: JurisdictionStance[];
}

export function worldMap(
  shapes: readonly CountryShape[],
  stances: readonly JurisdictionStance[],
  europeShapes: readonly CountryShape[] = [],
): WorldMap {
  const byCode = new Map(
    stances.filter((s) => s.jurisdiction.data.kind === 'country').map((s) => [s.jurisdiction.data.code, s]),
  );
  const blocs = stances
    .filter((s) => s.jurisdiction.data.kind === 'bloc' && BLOC_MEMBERS[s.jurisdiction.data.code])
    .map((bloc) => ({ bloc, members: BLOC_MEMBERS[bloc.jurisdiction.data.code]! }));
  const place = (shape: CountryShape): MapCountry => {
    const jurisdiction = shape.code ? byCode.get(shape.code) : undefined;
    return {
      ...shape,
      jurisdiction,
      fill: mapFill(jurisdiction),
      blocs: blocs.filter(({ members }) => shape.code && members.includes(shape.code)).map(({ bloc }) => bloc),
    };
  };
  const countries = shapes.map(place);
  // A country with no outline of its own (a marker alone) is drawn only if it is on record.
  const europe = europeShapes.map(place).filter((country) => country.d || country.jurisdiction);
  const drawn = new Set([...countries, ...europe].map((country) => country.code));
  return {
    countries,
    europe,
    blocs,
    unmapped: [...byCode.values()].filter((s) => !drawn.has(s.jurisdiction.data.code)),
  };
}
