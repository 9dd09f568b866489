/**
 * Members of the blocs the record has jurisdictions for, by ISO 3166-1 alpha-2 code (Greece is `GR`
 * here, not the EU's own `EL`). The content model gives a bloc a code but no member list, and no
 * well-kept package keeps this one, so it is written out: the EU's 27 members since 1 February 2020.
 */
export const BLOC_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  EU: [
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
  ],
};
