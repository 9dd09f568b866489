/**
 * Finds stance labels that do not say what they are about: "Supports", "✕ Opposes (3)",
 * "UK Government: supports, 26 October 2023", a feed category "Opposes". Reads text between tags,
 * attribute values and JSON strings, so it covers badges, legends, filters, chart labels, accessible
 * names, titles, feeds and the search's facet values alike.
 */

const STANCE_WORD = String.raw`(?:supports|opposes|mixed|undecided)`;
/**
 * The whole string is "Supports" or "Opposes", perhaps with its shape and a count: a badge or a
 * filter. ("Mixed" and "Undecided" may stand under a heading that names the object, as the stance
 * chart's band labels do.) Lower case alone is a stored value (`data-stance="supports"`, the open
 * data), which stays.
 */
const WHOLE = /^[\s✓✕±?]*(?:Supports|Opposes)[\s✓✕±?]*(?:\(\d+\))?$/;
/** A name, then a bare stance word ending the phrase: a title or an accessible name. */
const AFTER_NAME = new RegExp(String.raw`[:·]\s*${STANCE_WORD}(?=\s*(?:$|[,;.)]))`, 'i');

/** The strings of a page or data file a reader (or a screen reader) sees as labels. */
function labelStrings(text: string): string[] {
  const between = [...text.matchAll(/>([^<>]+)</g)].map((m) => m[1]!);
  const attributes = [...text.matchAll(/="([^"]*)"/g)].map((m) => m[1]!);
  const json = [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  return [...between, ...attributes, ...json].map((s) => s.trim()).filter(Boolean);
}

/** The label strings in `text` that name a stance without its object, each once. */
export function bareStanceLabels(text: string): string[] {
  return [...new Set(labelStrings(text).filter((s) => WHOLE.test(s) || AFTER_NAME.test(s)))];
}
