/**
 * The last step of writing a feed's XML. XML 1.0 cannot hold C0 control characters other than tab,
 * LF and CR, nor U+FFFE, U+FFFF or a lone surrogate: one of them makes the whole feed unreadable
 * to every subscriber, so each is replaced with U+FFFD here, whatever the check let through. And
 * the characters XML escapes are written as hexadecimal references (`&#x26;`, `&#x3C;`, `&#x3E;`):
 * readers differ on whether a title is plain text or HTML, and the RSS Best Practices Profile finds
 * this the form the most of them read as plain text, so a `<` in a name stays a character. (The
 * feeds hold no CDATA section, where such a reference would not be read.)
 */

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every character XML 1.0 cannot hold replaced by U+FFFD. */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

const HEX_REFERENCES: Record<string, string> = { '&amp;': '&#x26;', '&lt;': '&#x3C;', '&gt;': '&#x3E;' };

/** A feed as written by @astrojs/rss, made safe to publish (see above). */
export function feedXml(xml: string): string {
  return xmlCharacters(xml).replace(/&(?:amp|lt|gt);/g, (reference) => HEX_REFERENCES[reference]!);
}
