/**
 * The base path the site is served under: `/` at a domain's root, `/<repo>/` as a GitHub Pages
 * project site. Contributors and every module write site paths from the root (`/people/x/`); a path
 * becomes an address (href, fetch, form action) only here, so moving the site moves every link.
 *
 * The base is Astro's `base` (BASE_PATH, astro.config.mjs), which Vite writes into
 * `import.meta.env.BASE_URL` in pages and browser bundles alike. Outside a build — the content check
 * run by Node, unit tests — there is none, and the base is `/`: the check reads root paths either way.
 */

/** `/`, or a path with one slash at each end: `some/base` and `/some/base` become `/some/base/`. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path (`/people/x/`) under a base (`/some/base/people/x/`). Other strings are left alone. */
export function prefixBase(base: string, sitePath: string): string {
  if (base === '/' || !sitePath.startsWith('/') || sitePath.startsWith('//')) return sitePath;
  return `${base}${sitePath.slice(1)}`;
}

/** The site path an address under a base names: the inverse of prefixBase; a root path is kept as it is. */
export function stripBase(base: string, href: string): string {
  if (base === '/' || !href.startsWith(base)) return href;
  return `/${href.slice(base.length)}`;
}

/** Astro's base, which Vite writes in as text wherever `import.meta.env.BASE_URL` is spelled exactly so. */
function configuredBase(): string | undefined {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    // Plain Node (the content check, `npm run new`) has no import.meta.env.
    return undefined;
  }
}

export const BASE_PATH = normaliseBase(configuredBase());

/** A site path as an address on this build's site. */
export function withBase(sitePath: string): string {
  return prefixBase(BASE_PATH, sitePath);
}

/** The root site path of an address on this build's site. */
export function sitePathOf(href: string): string {
  return stripBase(BASE_PATH, href);
}
