/**
 * What `npm run new` asks and writes, as plain functions: the questions follow the schemas, every
 * template filled in passes the content check, and a plan names every problem at once.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/index.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/lib/collections.ts';
import { listContent } from '../../../src/lib/content-files.ts';
import { IdIndex } from '../../../src/lib/id-index.ts';
import { type AskedField, askedFields } from '../../../src/lib/new-entry/fields.ts';
import { planEntry, slugify, suggestId, type Values } from '../../../src/lib/new-entry/plan.ts';
import type { LanguageAnswers } from '../../../src/lib/new-entry/language.ts';
import { blanks, fillTemplate, readTemplate } from '../../../src/lib/new-entry/template.ts';
import { TRANSLATOR_RULE } from '../../../src/lib/schemas.ts';
import { fixtureTree } from '../../helpers/check-tree.ts';
import { rm } from 'node:fs/promises';
import { FIXTURES, PROJECT_ROOT } from '../../helpers/fixture-site.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** An id in the valid fixture for each reference target. */
const FIXTURE_IDS: Record<string, string> = {
  actors: 'fixture-minister',
  organisations: 'fixture-ministry',
  jurisdictions: 'nl',
  sources: 'fixture-news-2020',
  letters: 'fixture-letter-2020',
  quotes: 'fixture-minister-quote',
  positions: 'fixture-nl-2019',
};

/** A valid answer for any asked field; text carries the characters YAML is fussy about. */
function sampleValue(field: AskedField): string | string[] {
  if (field.target) return field.shape === 'ids' ? [FIXTURE_IDS[field.target]!] : FIXTURE_IDS[field.target]!;
  if (field.choices) return field.choices[0]!;
  if (field.name === 'date' || field.name === 'published') return '2020-06';
  if (field.name === 'url') return 'https://news.example.org/2020/06/a?b=c#d';
  if (field.name === 'code') return 'DE';
  return 'It said: "no # comment here", with a \\ backslash';
}

function samples(collection: CollectionName): Values {
  return Object.fromEntries(askedFields(collection).map((field) => [field.name, sampleValue(field)]));
}

describe('the questions', () => {
  it('are the required fields of each schema', () => {
    expect(Object.fromEntries(COLLECTIONS.map((c) => [c, askedFields(c).map((f) => f.name)]))).toEqual({
      letters: ['title', 'date', 'signatories', 'recipients', 'stance', 'jurisdiction', 'summary', 'sources'],
      quotes: ['text', 'speaker', 'date', 'stance', 'sources'],
      positions: ['jurisdiction', 'actor', 'subject', 'stance', 'date', 'summary', 'sources'],
      people: ['name'],
      organisations: ['name', 'kind'],
      jurisdictions: ['name', 'code', 'kind'],
      sources: ['title', 'publisher', 'url', 'published', 'type'],
    });
  });

  it('know where each referenced id must exist and which fields have a vocabulary', () => {
    const quote = Object.fromEntries(
      askedFields('quotes').map((f) => [f.name, [f.shape, f.target ?? '', (f.choices ?? []).join(' ')]]),
    );
    expect(quote).toEqual({
      text: ['text', '', ''],
      speaker: ['id', 'actors', ''],
      date: ['text', '', ''],
      stance: ['text', '', 'opposes supports undecided mixed'],
      sources: ['ids', 'sources', ''],
    });
  });
});

describe('the templates', () => {
  it.each(COLLECTIONS)('templates/%s.mdx has a blank for each required field, and no other', (collection) => {
    expect(blanks(readTemplate(PROJECT_ROOT, collection)).sort()).toEqual(
      askedFields(collection)
        .map((f) => f.name)
        .sort(),
    );
  });

  it.each(COLLECTIONS)('templates/%s.mdx with its blanks filled passes the check', async (collection) => {
    const root = await fixtureTree({
      [`content/${collection}/filled-template.mdx`]: fillTemplate(
        readTemplate(PROJECT_ROOT, collection),
        samples(collection),
      ),
    });
    roots.push(root);
    const { problems } = await checkContent(root);
    expect(problems).toEqual([]);
  });

  it('keep text exactly as given, quotes, colons and backslashes included', () => {
    const text = fillTemplate(readTemplate(PROJECT_ROOT, 'quotes'), samples('quotes'));
    expect(text).toContain('text: "It said: \\"no # comment here\\", with a \\\\ backslash"');
  });

  it('quote a value YAML would not read back as the same text', () => {
    expect(
      fillTemplate('a: {{a}}\nb: [{{b}}]\nc: {{c}}', { a: 'null', b: ['2015', 'yes', 'plain-id'], c: 'fine' }),
    ).toBe('a: "null"\nb: ["2015", yes, plain-id]\nc: fine');
  });
});

describe('planning an entry', () => {
  const ids = new IdIndex(listContent(path.join(FIXTURES, 'valid')).entries);
  const plan = (collection: CollectionName, id: string, values: Values) =>
    planEntry({ collection, id, values, template: readTemplate(PROJECT_ROOT, collection), ids });

  it('refuses an id that is invalid, or already used (by a person or an organisation, for actors)', () => {
    expect(plan('people', 'fixture-ministry', { name: 'A person' }).problems).toEqual([
      {
        file: 'content/people/fixture-ministry.mdx',
        field: 'id',
        message: 'the id "fixture-ministry" is already used by content/organisations/fixture-ministry.mdx',
        expected: 'an id no person or organisation uses, ignoring case (people and organisations share one set of ids)',
      },
    ]);
    expect(plan('sources', 'Fixture-News-2020', samples('sources')).problems.map((p) => p.message)).toEqual([
      '"Fixture-News-2020" is not a valid id',
    ]);
    expect(plan('sources', 'fixture-news-2020', samples('sources')).problems.map((p) => p.message)).toEqual([
      'the id "fixture-news-2020" is already used by content/sources/fixture-news-2020.mdx',
    ]);
    expect(plan('letters', 'signatories', samples('letters')).problems.map((p) => p.message)).toEqual([
      '"signatories" would put the entry at /letters/signatories/, which is the site\u2019s own page',
    ]);
  });

  it('refuses ids that do not exist, and every other bad answer, all at once', () => {
    const result = plan('quotes', 'new-quote', {
      ...samples('quotes'),
      speaker: 'nl',
      sources: ['fixture-news-2020', 'ghost-source'],
      stance: 'against',
      date: '2015-02-30',
    });
    expect(result.text).toBeUndefined();
    expect(result.problems.map((p) => `${p.field}: ${p.message} — ${p.expected}`)).toEqual([
      'speaker: "nl" is in jurisdictions, not actors — the id of a file in content/people/ or content/organisations/: add that entry first, or update this reference if it was renamed',
      'date: "2015-02-30" does not exist: February 2015 has 28 days — a date written YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known',
      'stance: found "against" — expected one of: opposes, supports, undecided, mixed',
      'sources: "ghost-source" does not exist in sources — the id of a file in content/sources/: add that entry first, or update this reference if it was renamed',
    ]);
  });

  it('suggests ids in the record\u2019s style', () => {
    expect(slugify('Département de l\u2019Intérieur: “Encryption” 2015')).toBe(
      'departement-de-l-interieur-encryption-2015',
    );
    expect(suggestId('quotes', { speaker: 'josh-earnest', text: 'We firmly support strong encryption, he said' })).toBe(
      'josh-earnest-we-firmly-support-strong-encryption',
    );
    expect(
      suggestId('positions', {
        jurisdiction: 'gb',
        date: '2015-11-04',
        stance: 'supports',
        subject: 'the draft Investigatory Powers Bill',
      }),
    ).toBe('gb-2015-11-04-the-draft-investigatory-powers');
    expect(suggestId('positions', { jurisdiction: 'gb', date: '2015-11-04', stance: 'supports' })).toBe(
      'gb-2015-11-04-supports',
    );
    expect(suggestId('jurisdictions', { code: 'DE' })).toBe('de');
    expect(
      suggestId('sources', { publisher: 'Reuters', published: '2015-06-09', title: 'Tech industry appeals to Obama' }),
    ).toBe('reuters-2015-06-09-tech-industry-appeals-to');
  });
});

describe('a quote not in English', () => {
  const ids = new IdIndex(listContent(path.join(FIXTURES, 'valid')).entries);
  const plan = (collection: CollectionName, language: LanguageAnswers) =>
    planEntry({
      collection,
      id: 'new-entry',
      values: { ...samples(collection), ...(collection === 'quotes' ? { text: 'Sicherheit "und" Freiheit' } : {}) },
      template: readTemplate(PROJECT_ROOT, collection),
      ids,
      language,
    });

  it('writes lang and translation after the words, as the check reads them', async () => {
    const result = plan('quotes', { lang: 'de', translation: 'Security "and" freedom', translationBy: 'project' });
    expect(result.problems).toEqual([]);
    expect(result.text).toContain(
      'text: "Sicherheit \\"und\\" Freiheit"\nlang: "de"\ntranslation:\n  text: "Security \\"and\\" freedom"\n  by: "project"\n',
    );
    const root = await fixtureTree({ 'content/quotes/new-entry.mdx': result.text! });
    roots.push(root);
    expect((await checkContent(root)).problems).toEqual([]);
  });

  it('refuses a language without a translation, and a translation of English, as the check words them', () => {
    expect(plan('quotes', { lang: 'de' }).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'lang: is "de" (German), but the quote has no English translation',
    ]);
    expect(
      plan('quotes', { translation: 'Security', translationBy: 'source' }).problems.map(
        (p) => `${p.field}: ${p.message}`,
      ),
    ).toEqual(['translation: is given, but the quote is in English (no lang)']);
    expect(
      plan('quotes', { lang: 'DE', translation: 'x', translationBy: 'source' }).problems.map((p) => p.message),
    ).toEqual(['"DE" is written "de"']);
  });

  it('refuses a translator that is no source, and language answers for an entry that is not a quote', () => {
    expect(
      plan('quotes', { lang: 'de', translation: 'x', translationBy: 'ghost-source' }).problems.map(
        (p) => `${p.field}: ${p.message} — ${p.expected}`,
      ),
    ).toEqual([`translation.by: "ghost-source" does not exist in sources — ${TRANSLATOR_RULE}`]);
    expect(plan('letters', { lang: 'de' }).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'lang: only a quote records the language of its words',
    ]);
  });
});
