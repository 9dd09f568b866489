/**
 * How a message quotes a value from a contributor's file: on one line, short, and with every
 * invisible, reordering or line-breaking character written as an escape, so the report shows what
 * the file holds and cannot itself be reordered or split.
 */

/** `\u202E`, or `\u{1FFFF}` beyond the first plane, as JavaScript writes it. */
function codePointEscape(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase();
  return codePoint > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** Text with anything invisible, reordering or line-breaking written as an escape. */
export function escapeInvisible(text: string): string {
  const escapes: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
  return text.replace(
    /\p{Cc}|[\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]|\p{Noncharacter_Code_Point}|\p{Cs}/gu,
    (char) => escapes[char] ?? codePointEscape(char.codePointAt(0)!),
  );
}

/**
 * A value as a message shows it: quoted, with anything invisible or line-breaking written as an
 * escape, so one problem stays one line and reads as what the file holds. Long values are cut.
 */
export function shownValue(value: string, max = 120): string {
  return `"${escapeInvisible(value.length > max ? `${value.slice(0, max - 1)}…` : value)}"`;
}
