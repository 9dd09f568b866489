/**
 * Language tags (BCP 47) of quotes and their translations. Validity and canonical case come from the
 * runtime's ICU data (`Intl.getCanonicalLocales`, `Intl.DisplayNames`), not a hand-kept list: a tag
 * must be well formed, written as ICU writes it (`de`, `en-GB`, `zh-Hant`), and name a language ICU
 * knows, so every quote's language has a name to show.
 */
export const LANG_RULE = 'a BCP 47 language tag, e.g. de, fr, nl, ja, en-GB';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether ICU has an English name for the tag's language (`und`, "undetermined", has none it will give). */
function knownLanguage(tag: string): boolean {
  try {
    return languageNames.of(new Intl.Locale(tag).language) !== undefined;
  } catch {
    return false;
  }
}

/** What is wrong with a language tag; undefined when it is valid and written canonically. */
export function languageTagProblem(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    return `"${tag}" is not ${LANG_RULE}`;
  }
  if (!canonical) return `"${tag}" is not ${LANG_RULE}`;
  if (!knownLanguage(canonical)) return `"${tag}" names no known language`;
  if (canonical !== tag) return `"${tag}" is written "${canonical}"`;
  return undefined;
}

/** Whether a (valid) tag is English, in any variety: `en`, `en-GB`, `en-US`. */
export function isEnglish(tag: string | undefined): boolean {
  return tag === undefined || new Intl.Locale(tag).language === 'en';
}

/** A language's English name, e.g. `de` → "German"; the tag itself if ICU has no name for it. */
export function languageName(tag: string): string {
  return languageNames.of(new Intl.Locale(tag).language) ?? tag;
}
