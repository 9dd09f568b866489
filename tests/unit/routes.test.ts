import { describe, expect, it } from 'vitest';
import {
  collectionPagePath,
  collectionPath,
  entryPath,
  routeOf,
  signatoriesPath,
  SITE_PAGES,
  timelinePath,
  timelineSegments,
} from '../../src/lib/routes.ts';

describe('routes', () => {
  it('builds entry, index and index-page paths', () => {
    expect(entryPath('quotes', 'ansip-no-plans-for-back-doors')).toBe('/quotes/ansip-no-plans-for-back-doors/');
    expect(collectionPath('people')).toBe('/people/');
    expect(collectionPagePath('quotes', 1)).toBe('/quotes/');
    expect(collectionPagePath('quotes', 2)).toBe('/quotes/page/2/');
  });

  it('reads back what each path names, ignoring query and fragment', () => {
    expect(routeOf('/people/josh-earnest/')).toEqual({ kind: 'entry', collection: 'people', id: 'josh-earnest' });
    expect(routeOf('/people/josh-earnest#quotes')).toEqual({ kind: 'entry', collection: 'people', id: 'josh-earnest' });
    expect(routeOf('/letters/')).toEqual({ kind: 'collection', collection: 'letters' });
    for (const path of Object.values(SITE_PAGES)) expect(routeOf(`${path}?q=x`)).toEqual({ kind: 'page' });
  });

  it('knows no other path', () => {
    for (const path of ['/nowhere/', '/people/a/b/', '/about', 'people/x/', '/quotes/page/2/x/']) {
      expect(routeOf(path), path).toBeNull();
    }
  });
});

describe('timeline routes', () => {
  it('builds a timeline page’s path from its narrowing and page number', () => {
    expect(timelinePath()).toBe('/timeline/');
    expect(timelinePath({}, 3)).toBe('/timeline/page/3/');
    expect(timelinePath({ who: { type: 'jurisdiction', id: 'nl' }, kind: 'letters', stance: 'opposes' }, 2)).toBe(
      '/timeline/in/nl/letters/opposes/page/2/',
    );
    expect(timelinePath({ who: { type: 'actor', id: 'acme' } })).toBe('/timeline/by/acme/');
    expect(timelineSegments({ stance: 'mixed' })).toBe('mixed/');
  });

  it('pages the list of signatories, the first page at the matrix’s own address', () => {
    expect(signatoriesPath()).toBe('/letters/signatories/');
    expect(signatoriesPath(2)).toBe('/letters/signatories/page/2/');
  });
});
