/**
 * An unknown id is refused in every reference field of every collection, as the schemas mark them
 * (src/lib/references.ts reads the marks): a field marked there is tested here without another line.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { COLLECTIONS } from '../../../src/lib/collections.ts';
import { isListReference, REFERENCE_FIELDS, type ReferenceField } from '../../../src/lib/references.ts';
import { TRANSLATOR_RULE } from '../../../src/lib/schemas.ts';
import { change, checkWith, fixtureText } from '../../helpers/check-tree.ts';

/** The fixture entry each collection's references are tried on. */
const SUBJECT: Record<string, string> = {
  people: 'content/people/fixture-minister.mdx',
  organisations: 'content/organisations/fixture-police.mdx',
  letters: 'content/letters/fixture-letter-2020.mdx',
  quotes: 'content/quotes/fixture-letter-line.mdx',
  positions: 'content/positions/fixture-nl-2020-06.mdx',
};

/** The subject file with `id` put into the field, in the field's shape. */
function withReference(file: string, reference: ReferenceField, id: string): string {
  const { field, path } = reference;
  const text = fixtureText(file);
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const document = parseDocument(yaml!);
  if (path.length === 1) document.set(field, id);
  else if (isListReference(reference) && path.length === 2) document.set(path[0], [id]);
  if (field === 'roles.organisation') document.set('roles', [{ title: 'Adviser', organisation: id }]);
  // A translator is named where the language rules want one: beside German words, or a French original.
  if (field === 'translation.by') {
    document.set('lang', 'de');
    document.set('translation', { text: 'An English rendering', by: id });
  }
  if (field === 'translated_by') {
    document.set('translated_from', 'fr');
    document.set('translated_by', id);
  }
  return `---\n${document.toString()}---\n${body}`;
}

/** The file line on which `text` first appears. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

const cases = COLLECTIONS.flatMap((collection) =>
  REFERENCE_FIELDS[collection].map((reference) => ({ collection, reference })),
);

describe('an unknown id in a reference', () => {
  it('every collection with references has a subject', () => {
    for (const { collection } of cases) expect(SUBJECT[collection], collection).toBeDefined();
  });

  it.each(
    cases.map(({ collection, reference }) => [`${collection}.${reference.field}`, collection, reference] as const),
  )('%s', async (_, collection, reference) => {
    const file = SUBJECT[collection]!;
    const text = withReference(file, reference, 'ghost-entry');
    const { lines } = await checkWith({ [file]: text });
    const where =
      reference.target === 'actors' ? 'content/people/ or content/organisations/' : `content/${reference.target}/`;
    const missing = reference.target === 'actors' ? 'as a person or organisation' : `in ${reference.target}`;
    // A translator may also be a keyword, which the message names instead.
    const expected =
      reference.field === 'translation.by' || reference.field === 'translated_by'
        ? TRANSLATOR_RULE
        : `the id of a file in ${where}: add that entry first, or update this reference if it was renamed`;
    // Replacing a whole list can leave a chain or a link elsewhere broken too; this reference's line must be there.
    expect(lines).toContain(
      `${file}:${lineOf(text, 'ghost-entry')}: ${reference.field}: "ghost-entry" does not exist ${missing} — ${expected}`,
    );
    expect(lines.filter((line) => line.includes('ghost-entry'))).toHaveLength(1);
  });
});

describe('actor ids', () => {
  const QUOTE = 'content/quotes/fixture-letter-line.mdx';

  it('a speaker may be a person or an organisation', async () => {
    expect(
      (await checkWith(change(QUOTE, 'speaker: fixture-rights-group', 'speaker: fixture-minister'))).lines,
    ).toEqual([]);
    expect(
      (await checkWith(change(QUOTE, 'speaker: fixture-rights-group', 'speaker: fixture-ministry'))).lines,
    ).toEqual([]);
  });

  it('an id of another collection is named as such', async () => {
    const { lines } = await checkWith(change(QUOTE, 'speaker: fixture-rights-group', 'speaker: nl'));
    expect(lines).toEqual([
      `${QUOTE}:3: speaker: "nl" is in jurisdictions, not actors — the id of a file in content/people/ or content/organisations/: add that entry first, or update this reference if it was renamed`,
    ]);
  });

  it('a position is held by an organisation, not a person', async () => {
    const file = 'content/positions/fixture-nl-2020-06.mdx';
    const { lines } = await checkWith(change(file, 'actor: fixture-ministry', 'actor: fixture-minister'));
    expect(lines).toEqual([
      `${file}:3: actor: "fixture-minister" is in people, not organisations — the id of a file in content/organisations/: add that entry first, or update this reference if it was renamed`,
    ]);
  });

  it('each signatory of a list is checked, at its own line', async () => {
    const file = 'content/letters/fixture-letter-2020.mdx';
    const { lines } = await checkWith(
      change(
        file,
        'signatories: [fixture-rights-group, fixture-tech-company]',
        'signatories:\n  - fixture-rights-group\n  - ghost-one\n  - fixture-tech-company\n  - ghost-two',
      ),
    );
    expect(lines).toEqual([
      `${file}:6: signatories: "ghost-one" does not exist as a person or organisation — the id of a file in content/people/ or content/organisations/: add that entry first, or update this reference if it was renamed`,
      `${file}:8: signatories: "ghost-two" does not exist as a person or organisation — the id of a file in content/people/ or content/organisations/: add that entry first, or update this reference if it was renamed`,
    ]);
  });
});
