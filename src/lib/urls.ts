/**
 * Which URLs the record accepts: absolute https URLs, no credentials, never localhost or a private
 * or reserved address. Zod's url() accepts any scheme, javascript: included, so we check ourselves.
 */
export const URL_RULE = 'an absolute https:// URL without credentials, not localhost or a private address';

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

function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))
    return true;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return PRIVATE_IPV4.some((range) => range.test(host));
  if (host.includes(':')) {
    // IPv6: loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10), IPv4-mapped.
    return (
      host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:')
    );
  }
  // A host without a dot (e.g. "intranet") only resolves on a private network.
  return !host.includes('.');
}

/** Returns why a URL is not accepted, or undefined when it is. */
export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL`;
  }
  if (url.protocol !== 'https:') return `"${value}" uses ${url.protocol.replace(/:$/, '')}, not https`;
  if (url.username || url.password) return `"${value}" contains credentials`;
  if (isPrivateHost(url.hostname)) return `"${value}" points at a local or private address`;
  return undefined;
}
