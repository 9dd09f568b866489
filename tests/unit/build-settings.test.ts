import { describe, expect, it } from 'vitest';
import {
  BuildSettingError,
  DEFAULT_SITE,
  parseBasePath,
  parseSiteUrl,
  readBuildSettings,
} from '../../src/lib/build-settings.ts';

/** The refusal for a value: one line, naming the setting. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(BuildSettingError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('BASE_PATH', () => {
  it('normalises a path to one slash at each end', () => {
    expect(parseBasePath('/')).toBe('/');
    expect(parseBasePath('/tracker')).toBe('/tracker/');
    expect(parseBasePath('/tracker/')).toBe('/tracker/');
    expect(parseBasePath('/some/base/')).toBe('/some/base/');
    expect(parseBasePath('/my-repo.v2_x~y/')).toBe('/my-repo.v2_x~y/');
  });

  it.each([
    ['a protocol-relative host', '//evil.example'],
    ['a doubled slash inside', '/a//b/'],
    ['a scheme', 'https://evil.example/'],
    ['a scheme without slashes', 'javascript:alert(1)'],
    ['no leading slash', 'tracker/'],
    ['a query and fragment', '/base?x=1#f'],
    ['a fragment', '/base#f'],
    ['a parent segment', '/a/../b/'],
    ['a dot segment', '/./'],
    ['a space', '/a b/'],
    ['a percent escape', '/a%20b/'],
    ['a quote', '/a"b/'],
    ['a backslash', '/\\evil.example/'],
    ['a newline', '/a\n/'],
  ])('refuses %s in one line naming the setting and what it accepts', (_, value) => {
    const message = refusal(() => parseBasePath(value));
    expect(message).toMatch(/^BASE_PATH ".*" is refused: it must be a path such as \/tracker\/: /);
    expect(message).not.toContain('\n');
  });
});

describe('SITE_URL', () => {
  it('reads an origin and the base its path names', () => {
    expect(parseSiteUrl('https://example.org')).toEqual({ origin: 'https://example.org', base: '/' });
    expect(parseSiteUrl('https://example.org/')).toEqual({ origin: 'https://example.org', base: '/' });
    expect(parseSiteUrl('http://localhost:4321')).toEqual({ origin: 'http://localhost:4321', base: '/' });
    expect(parseSiteUrl('https://owner.github.io/repo')).toEqual({
      origin: 'https://owner.github.io',
      base: '/repo/',
    });
  });

  it.each([
    ['credentials', 'https://user:pass@example.org'],
    ['a user name', 'https://user@example.org'],
    ['a query', 'https://example.org/?x=1'],
    ['an empty query', 'https://example.org/?'],
    ['a fragment', 'https://example.org/#top'],
    ['another scheme', 'ftp://example.org'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['no scheme', 'example.org'],
    ['not a URL', 'not a url'],
    ['a backslash', 'https://example.org\\@evil.example/'],
    ['a newline', 'https://example.org/\n'],
    ['a path with a space', 'https://example.org/a b'],
    ['a path with a parent segment', 'https://example.org/a/../b'],
  ])('refuses %s in one line naming the setting and what it accepts', (_, value) => {
    const message = refusal(() => parseSiteUrl(value));
    expect(message).toMatch(/^SITE_URL ".*" is refused: it must be an http:\/\/ or https:\/\/ origin/);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('pass@');
  });
});

describe('both settings', () => {
  it('defaults to the preview address at the root', () => {
    expect(readBuildSettings({})).toEqual({ site: DEFAULT_SITE, base: '/' });
    expect(readBuildSettings({ SITE_URL: '', BASE_PATH: '' })).toEqual({ site: DEFAULT_SITE, base: '/' });
  });

  it('takes the base from the path of SITE_URL when BASE_PATH is unset', () => {
    expect(readBuildSettings({ SITE_URL: 'https://owner.github.io/repo' })).toEqual({
      site: 'https://owner.github.io',
      base: '/repo/',
    });
  });

  it('accepts a BASE_PATH that agrees with the SITE_URL path, or a SITE_URL without one', () => {
    expect(readBuildSettings({ SITE_URL: 'https://owner.github.io/repo', BASE_PATH: '/repo' })).toEqual({
      site: 'https://owner.github.io',
      base: '/repo/',
    });
    expect(readBuildSettings({ SITE_URL: 'https://example.org', BASE_PATH: '/some/base/' })).toEqual({
      site: 'https://example.org',
      base: '/some/base/',
    });
  });

  it('refuses a BASE_PATH that disagrees with the SITE_URL path, saying what to set', () => {
    const message = refusal(() => readBuildSettings({ SITE_URL: 'https://example.org/a', BASE_PATH: '/b/' }));
    expect(message).toBe(
      'SITE_URL "https://example.org/a" and BASE_PATH "/b/" disagree: set BASE_PATH to the SITE_URL\'s path (/a/), or leave it unset.',
    );
  });
});
