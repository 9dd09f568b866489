/**
 * Text as `npm run verify` compares it: a quote and a page are both brought to this form, so that
 * typography a publisher chose (curly quotes, dashes, non-breaking spaces, hyphens at line ends, case)
 * never makes the same words look different.
 */

/** Soft hyphens and zero-width characters: invisible, and never part of the words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** A word broken at the end of a line with a hyphen, as PDFs and printed text do ("encryp-\ntion"). */
const LINE_BREAK_HYPHEN = /(\p{L})[-\u2010]\s*\n\s*(\p{L})/gu;
/** Every single and double quotation mark (and the apostrophe, which publishers curl alike) as one mark. */
const QUOTATION_MARKS = /['"`\u00AB\u00BB\u00B4\u2018-\u201F\u2032\u2033\u2039\u203A\u300C-\u300F\uFF02\uFF07]/g;
/** Dashes used as punctuation (and the minus sign); a hyphen between two letters stays as it is. */
const DASHES = /\s*(?:[\u2012-\u2015\u2212\u2E3A\u2E3B]|--)\s*/g;

export function normaliseForMatch(text: string): string {
  return (
    text
      // NFKC: compatibility forms (ligatures, full-width letters, U+00A0 and U+202F as spaces, … as ...).
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(LINE_BREAK_HYPHEN, '$1$2')
      .replace(QUOTATION_MARKS, '"')
      .replace(DASHES, ' - ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}
