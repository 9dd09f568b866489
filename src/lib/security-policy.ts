/**
 * The site's Content-Security-Policy, written once. Hosts that send headers send HEADER_POLICY
 * (public/_headers and every server setup in docs/deployment.md spell it out, and
 * tests/repo/security-policy.test.ts holds them to it); every built page carries META_POLICY in a
 * `<meta http-equiv>` (src/layouts/BaseLayout.astro), so a host that cannot send headers — GitHub
 * Pages — still serves the page under the same policy.
 *
 * Why each directive is there: docs/deployment.md, "Response headers".
 */

/** Directive name and its sources, in the order the policy is written. */
const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // Pagefind compiles its WebAssembly: 'wasm-unsafe-eval', never 'unsafe-eval'.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['img-src', "'self'"],
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores in a `<meta>` policy (CSP Level 3, §3.3): they work only as a header. */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set([
  'frame-ancestors',
  'report-uri',
  'report-to',
  'sandbox',
]);

function policy(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, sources]) => `${name} ${sources}`).join('; ');
}

/** The `Content-Security-Policy` header's value. */
export const HEADER_POLICY = policy(CSP_DIRECTIVES);

/** The same policy without what a `<meta>` cannot carry (so without `frame-ancestors`: no clickjacking guard). */
export const META_POLICY = policy(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));
