/**
 * Finds words run into a link or an inline element in built HTML: "as<a href…>open data</a>" reads
 * "asopen data", "</time>:</strong>Earlier" reads ":Earlier". Astro drops the line break between a
 * line of text and an element on the next line, so a template that relies on one loses its space.
 *
 * A run-on is, in the page's text (scripts, styles, templates, <pre> and comments left out):
 * - a letter, digit or one of `, ; : . ! ?` immediately before an opening inline tag, or
 * - a closing inline tag immediately followed by a letter or digit,
 * where the inline tags are a, strong, b, em, i, code, time, q, abbr, cite and mark.
 */
const INLINE = 'a|strong|b|em|i|code|time|q|abbr|cite|mark';
const BEFORE_OPEN = new RegExp(`[\\p{L}\\p{N},;:.!?]<(?:${INLINE})[\\s>]`, 'gu');
const AFTER_CLOSE = new RegExp(`</(?:${INLINE})>[\\p{L}\\p{N}]`, 'gu');
const VERBATIM = /<(script|style|template|pre|textarea)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/g;

/** Each run-on in a page, with up to 30 characters either side, as the text a reader would fix. */
export function runOnWords(html: string): string[] {
  const text = html.replace(VERBATIM, '');
  const found: string[] = [];
  for (const pattern of [BEFORE_OPEN, AFTER_CLOSE]) {
    for (const match of text.matchAll(pattern)) {
      found.push(text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, ' '));
    }
  }
  return found;
}
