/**
 * The language rules of a quote, which span fields: a quote not in English gives an English
 * translation and says who made it; an English quote has none; a quote known only in translation
 * says from which language and by whom. Never a translation presented as the words spoken.
 * Runs on schema-valid data (every tag already valid), as the content check and `npm run new` see it.
 */
import { isEnglish, languageName } from '../languages.ts';
import type { Quote } from '../schemas.ts';
import type { ParsedEntry } from './parse-entry.ts';
import type { Problem } from './problems.ts';

const TRANSLATION_TO_WRITE =
  'add translation: { text: "the English rendering", by: source } (by: source when the cited source gives it, project when it is this project’s own, or the id of the source entry that published it)';

export function quoteLanguageProblems(entry: ParsedEntry, data: unknown): Problem[] {
  if (entry.source.collection !== 'quotes' || !data) return [];
  const quote = data as Quote;
  const problems: Problem[] = [];
  const at = (field: string, message: string, expected: string) =>
    problems.push({ file: entry.source.file, line: entry.lineOf(field.split('.')), field, message, expected });

  if (quote.translated_from !== undefined || quote.translated_by !== undefined) {
    if (quote.translated_from === undefined)
      at(
        'translated_by',
        'says who translated the words, but not from which language',
        'add translated_from: the BCP 47 tag of the language they were said in, e.g. translated_from: fr',
      );
    else if (isEnglish(quote.translated_from))
      at(
        'translated_from',
        `is "${quote.translated_from}", English: words said in English are not a translation`,
        'remove translated_from and translated_by, and give the words as text',
      );
    if (quote.translated_by === undefined)
      at(
        'translated_from',
        'says the text is a translation, but not who made it',
        'add translated_by: source (the cited source translated it), project, or the id of the source entry that published the translation',
      );
    if (quote.translation !== undefined)
      at(
        'translation',
        'is given beside translated_from: a quote either has its original words (with lang and translation) or only a translation',
        'with the original words: text in the original, lang, translation, and no translated_from; without them: English text, translated_from and translated_by, and no translation',
      );
    else if (!isEnglish(quote.lang))
      at(
        'lang',
        `is "${quote.lang}", but translated_from says text is an English translation`,
        'remove lang (text is English), or give the original words as text with lang and translation and remove translated_from',
      );
    return problems;
  }
  if (!isEnglish(quote.lang) && quote.translation === undefined)
    at(
      'lang',
      `is "${quote.lang}" (${languageName(quote.lang!)}), but the quote has no English translation`,
      TRANSLATION_TO_WRITE,
    );
  if (isEnglish(quote.lang) && quote.translation !== undefined)
    at(
      'translation',
      `is given, but the quote is in English${quote.lang ? ` (lang: ${quote.lang})` : ' (no lang)'}`,
      'set lang to the language of text (e.g. lang: de) if it is not English; otherwise remove translation',
    );
  return problems;
}
