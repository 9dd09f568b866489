/**
 * The two settings that place the site, read and refused here and nowhere else: `SITE_URL` (the
 * public address) and `BASE_PATH` (the path it is served under). astro.config.mjs and the launcher
 * (scripts/astro.ts) call `buildSettingsOrExit` before anything is built; a bad value ends the run
 * with one line naming the setting and what it accepts, never a stack trace from deep in the build.
 *
 * Why strict: the base is written as it is into every href, src, stylesheet, script and feed, and
 * the site into every canonical link, feed, sitemap and robots.txt. `BASE_PATH=//evil.example` would
 * load every script from another host; credentials in SITE_URL would be published on every page.
 */
import { normaliseBase } from './base-path.ts';

/** A refused setting: the message is one line, ready to print as it is. */
export class BuildSettingError extends Error {}

/** Where the site lives: Astro's `site` (an origin) and `base` (`/` or `/a/b/`). */
interface BuildSettings {
  site: string;
  base: string;
}

/** The address a local build uses without SITE_URL: the one `astro preview` serves. */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * One path segment: RFC 3986's unreserved characters. Anything that would need percent-encoding
 * (a space, `%`, quotes, `&`) is refused rather than encoded: the base is spelled raw in HTML, CSS
 * and host configuration but percent-encoded in the address the browser asks for, and two spellings
 * of one path disagree wherever they are compared (under `/a b/` the home page did not know itself
 * and doubled its title).
 */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

const BASE_ACCEPTS =
  'a path such as /tracker/: one leading "/", segments of letters, digits, "-", ".", "_" or "~", no "//", "." or ".." segments, scheme, query or fragment';
const SITE_ACCEPTS =
  'an http:// or https:// origin with an optional path, such as https://example.org or https://owner.github.io/repo, with no user name, password, query or fragment';

/** A value quoted for a one-line message: JSON escapes newlines and control characters. */
function shown(value: string): string {
  return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
}

/** The segments of a path, or undefined if it is not one `/` followed by acceptable segments. */
function pathSegments(raw: string): string[] | undefined {
  if (!raw.startsWith('/') || raw.startsWith('//')) return undefined;
  const inner = raw.slice(1).replace(/\/$/, '');
  if (inner === '') return [];
  const segments = inner.split('/');
  const acceptable = segments.every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..');
  return acceptable ? segments : undefined;
}

/** `BASE_PATH` as Astro's base, normalised to one slash at each end (`/repo` becomes `/repo/`). */
export function parseBasePath(raw: string): string {
  const segments = pathSegments(raw);
  if (!segments) throw new BuildSettingError(`BASE_PATH ${shown(raw)} is refused: it must be ${BASE_ACCEPTS}.`);
  return normaliseBase(segments.join('/'));
}

/** `SITE_URL` as its origin and the base its path names (`/` when it has none). */
export function parseSiteUrl(raw: string): { origin: string; base: string } {
  // A password is not repeated into build logs.
  const withoutCredentials = raw.replace(/\/\/[^/]*@/, '//…@');
  const refuse = () =>
    new BuildSettingError(`SITE_URL ${shown(withoutCredentials)} is refused: it must be ${SITE_ACCEPTS}.`);
  // The URL parser drops tabs and newlines, reads `\` as `/` and resolves `..`; a setting holding
  // them is a mistake, not something to repair silently. `?` and `#` are checked in the raw text:
  // `https://x/?` parses to an empty query.
  if (/[\s\\?#]|\/\.\.?(\/|$)/.test(raw) || !URL.canParse(raw)) throw refuse();
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse();
  if (url.username || url.password || !url.hostname) throw refuse();
  const segments = pathSegments(url.pathname);
  if (!segments) throw refuse();
  return { origin: url.origin, base: normaliseBase(segments.join('/')) };
}

/**
 * Both settings together. A SITE_URL path is the base when BASE_PATH is unset (a project site is
 * `https://owner.github.io/repo`); when both name a path they must agree, or the build would publish
 * canonical links to one place and serve the pages from another.
 */
export function readBuildSettings(env: Record<string, string | undefined>): BuildSettings {
  const site = env.SITE_URL ? parseSiteUrl(env.SITE_URL) : { origin: DEFAULT_SITE, base: '/' };
  const base = env.BASE_PATH ? parseBasePath(env.BASE_PATH) : site.base;
  if (site.base !== '/' && site.base !== base) {
    throw new BuildSettingError(
      `SITE_URL ${shown(env.SITE_URL ?? '')} and BASE_PATH ${shown(env.BASE_PATH ?? '')} disagree: set BASE_PATH to the SITE_URL's path (${site.base}), or leave it unset.`,
    );
  }
  return { site: site.origin, base };
}

/** The settings, or the one-line refusal on stderr and exit code 2 before anything is built. */
export function buildSettingsOrExit(env: Record<string, string | undefined>): BuildSettings {
  try {
    return readBuildSettings(env);
  } catch (error) {
    if (!(error instanceof BuildSettingError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
