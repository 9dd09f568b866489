/**
 * `--map FROM=TO`: rewrites the start of a URL before it is fetched, so that tests can serve "public"
 * sources from a local server, or a moved site can be checked at its new address. The first rule
 * whose FROM begins the URL wins; the report shows the URL as the record has it and as fetched.
 */
export interface UrlMap {
  from: string;
  to: string;
}

export function parseUrlMap(rule: string): UrlMap {
  const at = rule.indexOf('=');
  if (at <= 0 || at === rule.length - 1)
    throw new Error(`--map ${rule}: expected FROM=TO, e.g. https://example.org/=http://127.0.0.1:8080/`);
  return { from: rule.slice(0, at), to: rule.slice(at + 1) };
}

export function mapUrl(url: string, maps: readonly UrlMap[]): string {
  const rule = maps.find(({ from }) => url.startsWith(from));
  return rule ? rule.to + url.slice(rule.from.length) : url;
}
