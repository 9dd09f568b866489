/**
 * Writing BibTeX that no text can break. BibTeX reads a braced field by counting braces and ignores
 * backslashes, so `\}` still closes a field, and whatever follows a closed entry is read as the next
 * one (`@preamble{…}` is run by LaTeX at `\bibliography` time). Every text is therefore written
 * without a brace of its own: `{` and `}` become `\textbraceleft{}` and `\textbraceright{}`, and
 * LaTeX's special characters are escaped so LaTeX prints them as they are. A URL is written with the
 * few characters that could end its field percent-encoded instead, as a `url` field is read verbatim.
 */

/** How each character LaTeX or BibTeX would read as syntax is written in a field. */
const LATEX_TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  // LaTeX prints `@` as it is; in braces, no tool that looks for entries by a bare `@` (rather than
  // counting braces as BibTeX does) can find one inside a field.
  '@': '{@}',
};

/** Control characters (C0, DEL, C1) other than whitespace, which no citation needs. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Runs of whitespace, line breaks included: BibTeX reads them as one space, and so does every field here. */
const WHITESPACE = /\s+/g;

/** A text as the value of a braced BibTeX field: on one line, its braces balanced, LaTeX's specials escaped. */
export function bibtexEscape(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(WHITESPACE, ' ')
    .replace(/[\\{}^~&%$#_@]/g, (char) => LATEX_TEXT[char]!);
}

/**
 * Names as a BibTeX name list, each escaped; a word "and" inside a name is braced, so BibTeX does
 * not split one name into two.
 */
export function bibtexNames(names: readonly string[]): string {
  return names.map((name) => bibtexEscape(name).replace(/(?<=^|\s)and(?=\s|$)/gi, '{$&}')).join(' and ');
}

/**
 * A URL as a `url` field. biblatex and the `url` package read it verbatim, so LaTeX escapes would
 * become part of the address; instead the characters that could end the field or the line (braces,
 * backslash, whitespace, control characters) are percent-encoded, and so is `^`, since where a
 * style typesets the field other than verbatim TeX reads `^^5c` as a backslash. RFC 3986 reads the
 * encoded form as the same address (none of them may appear unencoded in a URI). `%`, `#`, `&`, `~`
 * and `_` are kept: they are the URL's own syntax, and encoding `%` would change the address.
 */
export function bibtexUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among what is encoded
  return url.replace(/[{}\\^\s\u0000-\u001f\u007f-\u009f]/gu, (char) => encodeURIComponent(char));
}

/** A citation key BibTeX reads as one key: no comma, brace, quote, `#`, `%` or whitespace. */
const KEY = /^[A-Za-z0-9_:.+/-]+$/;

/** Whether BibTeX reads the text's braces as balanced: counted as it counts them, backslashes ignored. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * One entry, `@type{key, name = {value}, …}`. Values must already be written for BibTeX (by the
 * functions above); a field left undefined is left out. A key or value that could end the entry
 * early is a bug here, not something to publish, so it throws.
 */
export function bibtexEntry(type: string, key: string, fields: [string, string | undefined][]): string {
  if (!KEY.test(key)) throw new Error(`Not a BibTeX key: ${JSON.stringify(key)}`);
  for (const [name, value] of fields) {
    if (value !== undefined && (!bracesBalance(value) || /[\r\n]/.test(value))) {
      throw new Error(`BibTeX field ${name} would end its entry: ${JSON.stringify(value)}`);
    }
  }
  const lines = fields.filter(([, value]) => value !== undefined).map(([name, value]) => `  ${name} = {${value}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}
