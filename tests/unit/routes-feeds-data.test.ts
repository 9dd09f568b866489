/** The routes of the open data's files, the feeds, and absolute URLs on the site's address. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, dataFilePath, feedFile, feedPath, routeOf, SITE_PAGES } from '../../src/lib/routes.ts';

describe('open data and feed routes', () => {
  it('puts the data files under the data page and each feed under /feeds/', () => {
    expect(SITE_PAGES.data).toBe('/data/');
    expect(dataFilePath('letters.csv')).toBe('/data/letters.csv');
    expect(feedPath('all')).toBe('/feeds/all.xml');
    expect(feedPath({ collection: 'jurisdictions', id: 'nl' })).toBe('/feeds/jurisdictions/nl.xml');
    expect(feedFile({ collection: 'people', id: 'a-b' })).toBe('people/a-b.xml');
  });

  it('the data page is a route; a data file or a feed is not a page a body may link to', () => {
    expect(routeOf('/data/')).toEqual({ kind: 'page' });
    expect(routeOf('/feeds/all.xml')).toBeNull();
  });

  it('makes absolute URLs on the configured address', () => {
    expect(absoluteUrl('/people/x/', 'https://tracker.example.org')).toBe('https://tracker.example.org/people/x/');
    expect(absoluteUrl('/feeds/all.xml', new URL('http://localhost:4321/'))).toBe(
      'http://localhost:4321/feeds/all.xml',
    );
  });
});
