/**
 * `npm run new`'s optional language answers for a quote (`--lang`, `--translation`,
 * `--translation-by`), written into the filled template after its `text:` line. Whether they go
 * together is the content check's rule (check/quote-language.ts), run on the written text.
 */
export interface LanguageAnswers {
  /** The BCP 47 tag of the language of the words. */
  lang?: string;
  /** Their English translation. */
  translation?: string;
  /** Who made it: `source`, `project`, or a source id. */
  translationBy?: string;
}

export function hasLanguageAnswers(answers: LanguageAnswers): boolean {
  return Object.values(answers).some((value) => value !== undefined && value !== '');
}

/** The frontmatter lines for the answers given; text is a YAML double-quoted string (JSON's escapes are YAML's). */
function languageLines({ lang, translation, translationBy }: LanguageAnswers): string[] {
  const lines: string[] = [];
  if (lang) lines.push(`lang: ${JSON.stringify(lang.trim())}`);
  if (translation || translationBy) {
    lines.push('translation:');
    if (translation) lines.push(`  text: ${JSON.stringify(translation.trim())}`);
    if (translationBy) lines.push(`  by: ${JSON.stringify(translationBy.trim())}`);
  }
  return lines;
}

/** The entry's text with the language lines after its `text:` line (the template's first field). */
export function withLanguage(entryText: string, answers: LanguageAnswers): string {
  const lines = languageLines(answers);
  if (!lines.length) return entryText;
  return entryText.replace(/^text: .*$/m, (textLine) => [textLine, ...lines].join('\n'));
}
