/** The site's name and what it says about itself. */
export const SITE_NAME = 'Encryption Policy Tracker';

export const SITE_PURPOSE = [
  'The Encryption Policy Tracker records who said what about encryption back doors: public letters, quotes and government positions, linked to the people, organisations and jurisdictions behind them.',
  'Every entry cites the sources it was built from, and every quote is given in the exact words of its source.',
] as const;
