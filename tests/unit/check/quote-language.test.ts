/**
 * The language rules of a quote: a valid BCP 47 tag in canonical case; a quote not in
 * English gives an English translation and who made it; an English quote has none; a quote known
 * only in translation says from which language and by whom. Each refusal asserts the whole report
 * line: file, line, field, what was found and what to write.
 */
import { describe, expect, it } from 'vitest';
import { LANG_RULE } from '../../../src/lib/languages.ts';
import { TRANSLATOR_RULE } from '../../../src/lib/schemas.ts';
import { change, checkWith } from '../../helpers/check-tree.ts';

const QUOTE = 'content/quotes/fixture-letter-line.mdx';
const TEXT = 'text: "Encryption keeps everyone safe"';

/** The fixture quote with these frontmatter lines after its text. */
const withLines = (...lines: string[]) => change(QUOTE, TEXT, [TEXT, ...lines].join('\n'));

const GERMAN = ['lang: de', 'translation:', '  text: "Encryption keeps everyone safe"', '  by: source'];

describe('accepted', () => {
  it.each([
    ['German words with a translation the source gives', GERMAN],
    ['a translation by this project', ['lang: nl', 'translation:', '  text: "Safe"', '  by: project']],
    [
      'a translation another source published',
      ['lang: ja', 'translation:', '  text: "Safe"', '  by: fixture-news-2020'],
    ],
    ['an English quote that says so', ['lang: en-GB']],
    ['words known only in translation', ['translated_from: fr', 'translated_by: source']],
  ])('%s', async (_, lines) => {
    expect((await checkWith(withLines(...lines))).lines).toEqual([]);
  });
});

describe('refused', () => {
  it.each([
    ['a tag that is not BCP 47', 'lang: german', `"german" names no known language — ${LANG_RULE}`],
    ['a malformed tag', 'lang: de_DE_x', `"de_DE_x" is not ${LANG_RULE} — ${LANG_RULE}`],
    ['a tag in the wrong case', 'lang: DE', `"DE" is written "de" — ${LANG_RULE}`],
  ])('%s', async (_, line, report) => {
    const { lines } = await checkWith(withLines(line, 'translation:', '  text: "x"', '  by: source'));
    expect(lines).toEqual([`${QUOTE}:3: lang: ${report}`]);
  });

  it('a quote not in English with no translation', async () => {
    const { lines } = await checkWith(withLines('lang: de'));
    expect(lines).toEqual([
      `${QUOTE}:3: lang: is "de" (German), but the quote has no English translation — add translation: { text: "the English rendering", by: source } (by: source when the cited source gives it, project when it is this project’s own, or the id of the source entry that published it)`,
    ]);
  });

  it('a translation of an English quote', async () => {
    const { lines } = await checkWith(withLines('translation:', '  text: "Safe"', '  by: source'));
    expect(lines).toEqual([
      `${QUOTE}:4: translation: is given, but the quote is in English (no lang) — set lang to the language of text (e.g. lang: de) if it is not English; otherwise remove translation`,
    ]);
  });

  it('a translation of a quote marked English', async () => {
    const { lines } = await checkWith(withLines('lang: en-US', 'translation:', '  text: "Safe"', '  by: source'));
    expect(lines).toEqual([
      `${QUOTE}:5: translation: is given, but the quote is in English (lang: en-US) — set lang to the language of text (e.g. lang: de) if it is not English; otherwise remove translation`,
    ]);
  });

  it('a translator that is neither a keyword nor an id', async () => {
    const { lines } = await checkWith(withLines('lang: de', 'translation:', '  text: "Safe"', '  by: The Source'));
    expect(lines).toEqual([`${QUOTE}:6: translation.by: found "The Source" — expected ${TRANSLATOR_RULE}`]);
  });

  it('a translation with no translator', async () => {
    const { lines } = await checkWith(withLines('lang: de', 'translation:', '  text: "Safe"'));
    expect(lines).toEqual([`${QUOTE}:5: translation.by: is required but missing — expected ${TRANSLATOR_RULE}`]);
  });

  it('translated_from without translated_by', async () => {
    const { lines } = await checkWith(withLines('translated_from: fr'));
    expect(lines).toEqual([
      `${QUOTE}:3: translated_from: says the text is a translation, but not who made it — add translated_by: source (the cited source translated it), project, or the id of the source entry that published the translation`,
    ]);
  });

  it('translated_by without translated_from', async () => {
    const { lines } = await checkWith(withLines('translated_by: project'));
    expect(lines).toEqual([
      `${QUOTE}:3: translated_by: says who translated the words, but not from which language — add translated_from: the BCP 47 tag of the language they were said in, e.g. translated_from: fr`,
    ]);
  });

  it('a translation from English', async () => {
    const { lines } = await checkWith(withLines('translated_from: en', 'translated_by: source'));
    expect(lines).toEqual([
      `${QUOTE}:3: translated_from: is "en", English: words said in English are not a translation — remove translated_from and translated_by, and give the words as text`,
    ]);
  });

  it('translated_from beside a translation', async () => {
    const { lines } = await checkWith(withLines(...GERMAN, 'translated_from: fr', 'translated_by: source'));
    expect(lines).toEqual([
      `${QUOTE}:5: translation: is given beside translated_from: a quote either has its original words (with lang and translation) or only a translation — with the original words: text in the original, lang, translation, and no translated_from; without them: English text, translated_from and translated_by, and no translation`,
    ]);
  });

  it('translated_from with a language that is not English', async () => {
    const { lines } = await checkWith(withLines('lang: fr', 'translated_from: fr', 'translated_by: source'));
    expect(lines).toEqual([
      `${QUOTE}:3: lang: is "fr", but translated_from says text is an English translation — remove lang (text is English), or give the original words as text with lang and translation and remove translated_from`,
    ]);
  });
});
