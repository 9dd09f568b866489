/**
 * Which URLs the record accepts: absolute https URLs, no credentials, never localhost or a private
 * or reserved address, at most 2,048 characters, and written in their one canonical form — exactly
 * as the WHATWG URL parser writes them back (`new URL(value).href`), without `{`, `}` or `\`. The
 * parser silently drops tabs and newlines, trims spaces and reads `\` as `/`, so a value it would
 * rewrite means one thing to a browser and another to whatever else reads the raw text (a BibTeX
 * file, a CSV cell, a shell): such values are refused, and the site publishes the stored value as is.
 * Zod's url() accepts any scheme, javascript: included, so we check ourselves.
 */
import { shownValue } from './shown-value.ts';

export const URL_MAX_LENGTH = 2048;

export const URL_RULE =
  'an absolute https:// URL without credentials, not localhost or a private address, written exactly as a browser writes it back, at most 2,048 characters';

const PRIVATE_IPV4 = [
  /^0\./,
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^192\.168\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
  /^22[4-9]\./,
  /^2[3-5]\d\./,
];

/** Special-use names (RFC 6761, RFC 8375) and the suffixes private networks use, that no public site has. */
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'lan', 'home.arpa', 'test', 'invalid'];

function isPrivateIPv4(address: string): boolean {
  return PRIVATE_IPV4.some((range) => range.test(address));
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, no zone). */
function ipv6Groups(address: string): number[] | undefined {
  const [head = '', tail] = address.split('::');
  const part = (text: string) => (text ? text.split(':').map((group) => parseInt(group, 16)) : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff)
    ? groups
    : undefined;
}

/** Two 16-bit groups as a dotted IPv4 address. */
function ipv4Of(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/**
 * IPv6: loopback, unspecified, unique-local, link-local and site-local, multicast, documentation and
 * discard ranges; and every form that carries an IPv4 address (IPv4-mapped and -compatible, NAT64,
 * 6to4, Teredo) when that address is private.
 */
function isPrivateIPv6(address: string): boolean {
  const g = ipv6Groups(address);
  if (!g) return true; // Not an address the URL parser would write: refuse rather than guess.
  if (g.slice(0, 5).every((group) => group === 0) && (g[5] === 0 || g[5] === 0xffff)) {
    // ::/96 (IPv4-compatible, with :: and ::1) and ::ffff:0:0/96 (IPv4-mapped).
    return g[5] === 0xffff || isPrivateIPv4(ipv4Of(g[6]!, g[7]!)) || g[6] === 0;
  }
  if (g[0] === 0x64 && g[1] === 0xff9b) return g[2] !== 0 || isPrivateIPv4(ipv4Of(g[6]!, g[7]!)); // NAT64
  if (g[0] === 0x2002) return isPrivateIPv4(ipv4Of(g[1]!, g[2]!)); // 6to4
  if (g[0] === 0x2001 && g[1] === 0) {
    // Teredo: the server's address, and the client's, stored inverted.
    return isPrivateIPv4(ipv4Of(g[2]!, g[3]!)) || isPrivateIPv4(ipv4Of(~g[6]! & 0xffff, ~g[7]! & 0xffff));
  }
  return (
    (g[0]! & 0xfe00) === 0xfc00 || // unique-local fc00::/7
    (g[0]! & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g[0]! & 0xffc0) === 0xfec0 || // site-local fec0::/10
    (g[0]! & 0xff00) === 0xff00 || // multicast
    (g[0] === 0x2001 && g[1] === 0xdb8) || // documentation
    (g[0] === 0x100 && g[1] === 0 && g[2] === 0 && g[3] === 0) // discard-only
  );
}

function isPrivateHost(hostname: string): boolean {
  // A name with a trailing dot is the same name, fully qualified: judge it without the dot.
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (host.includes(':')) return isPrivateIPv6(host);
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return isPrivateIPv4(host);
  if (PRIVATE_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return true;
  // A host without a dot (e.g. "intranet") only resolves on a private network.
  return !host.includes('.');
}

/**
 * The one form of a URL: as the URL parser writes it back, with the braces and backslash it leaves
 * in a query or fragment percent-encoded too (they end fields in BibTeX and escape in LaTeX).
 */
function canonicalUrl(url: URL): string {
  return url.href.replace(/[{}\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Returns why a URL is not accepted, or undefined when it is. */
export function urlProblem(value: string): string | undefined {
  if (value.length > URL_MAX_LENGTH) return `is ${value.length} characters long`;
  const shown = shownValue(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${shown} is not an absolute URL`;
  }
  if (url.protocol !== 'https:') return `${shown} uses ${url.protocol.replace(/:$/, '')}, not https`;
  if (url.username || url.password) return `${shown} contains credentials`;
  if (isPrivateHost(url.hostname)) return `${shown} points at a local or private address`;
  const canonical = canonicalUrl(url);
  if (canonical !== value) return `${shown} is not in its canonical form: write ${canonical}`;
  return undefined;
}
