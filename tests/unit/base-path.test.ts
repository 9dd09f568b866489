import { describe, expect, it } from 'vitest';
import { BASE_PATH, normaliseBase, prefixBase, stripBase, withBase } from '../../src/lib/base-path.ts';

describe('base path', () => {
  it('normalises BASE_PATH to one slash at each end, or the root', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('repo')).toBe('/repo/');
    expect(normaliseBase('/some/base')).toBe('/some/base/');
    expect(normaliseBase('//some/base//')).toBe('/some/base/');
  });

  it('prefixes root site paths, and nothing else', () => {
    expect(prefixBase('/some/base/', '/people/x/')).toBe('/some/base/people/x/');
    expect(prefixBase('/some/base/', '/')).toBe('/some/base/');
    expect(prefixBase('/some/base/', '/search/?q=x#top')).toBe('/some/base/search/?q=x#top');
    for (const other of ['https://example.org/x/', '//cdn.example.org/x', '#content', 'mailto:a@example.org', 'x/']) {
      expect(prefixBase('/some/base/', other)).toBe(other);
    }
    expect(prefixBase('/', '/people/x/')).toBe('/people/x/');
  });

  it('strips the base back off, and keeps a root path as it is', () => {
    expect(stripBase('/some/base/', '/some/base/people/x/')).toBe('/people/x/');
    expect(stripBase('/some/base/', '/some/base/')).toBe('/');
    expect(stripBase('/some/base/', '/people/x/')).toBe('/people/x/');
    expect(stripBase('/', '/people/x/')).toBe('/people/x/');
  });

  it('is the root in tests, where no base is configured', () => {
    expect(BASE_PATH).toBe('/');
    expect(withBase('/about/')).toBe('/about/');
  });
});
