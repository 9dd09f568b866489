import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { REFERENCE_FIELDS } from '../../src/lib/references.ts';
import { fieldsOf, schemas } from '../../src/lib/schemas.ts';

const quote = {
  text: "In the European Commission we never had, and we don't have, any kind of plans to create back doors",
  speaker: 'andrus-ansip',
  date: '2015-05-19',
  stance: 'opposes',
  sources: ['idg-2015-05-20-ansip-no-back-doors'],
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('schemas', () => {
  it('accept the worked example of the contract', () => {
    expect(
      schemas.quotes.safeParse({
        ...quote,
        jurisdiction: 'eu',
        provenance: 'reported',
        context: 'European Parliament plenary',
      }).success,
    ).toBe(true);
  });

  it('accept what js-yaml makes of unquoted dates (Date objects and numbers)', () => {
    const parsed = schemas.quotes.parse({ ...quote, date: new Date('2015-05-19T00:00:00Z') });
    expect(parsed.date).toBe('2015-05-19');
    expect(
      schemas.positions.parse({
        jurisdiction: 'us',
        actor: 'white-house',
        subject: 'legislation on encrypted data',
        stance: 'mixed',
        date: 2015,
        summary: 'x',
        sources: ['a-source'],
      }).date,
    ).toBe('2015');
  });

  it.each([
    [{ ...quote, stance: 'against' }, /stance: expected one of: opposes, supports, undecided, mixed/],
    [{ ...quote, date: '2015-02-30' }, /date: "2015-02-30" does not exist/],
    [{ ...quote, date: '2999-01-01' }, /date: "2999-01-01" is in the future/],
    [{ ...quote, speaker: 'Andrus Ansip' }, /speaker: expected an id/],
    [{ ...quote, sources: [] }, /sources: needs at least 1 source id/],
    [{ ...quote, sources: 'idg' }, /sources: expected a list of source ids/],
    [{ ...quote, text: '   ' }, /text: must not be empty/],
    [{ ...quote, slug: 'other-entry' }, /Unrecognized key/],
    [{ ...quote, provenance: 'hearsay' }, /provenance: expected one of: primary, reported/],
  ])('refuse bad quotes (%#)', (data, message) => {
    expect(messages(schemas.quotes.safeParse(data)).join('\n')).toMatch(message);
  });

  it('refuse a summary over 300 characters and a non-https URL', () => {
    const letter = {
      title: 't',
      date: '2015-06-08',
      signatories: ['iti'],
      recipients: ['barack-obama'],
      stance: 'opposes',
      jurisdiction: 'us',
      summary: 'x'.repeat(301),
      sources: ['a-source'],
    };
    expect(messages(schemas.letters.safeParse(letter)).join()).toMatch(/summary: is longer than 300 characters/);
    expect(schemas.letters.safeParse({ ...letter, summary: 'x'.repeat(300) }).success).toBe(true);
    const source = { title: 't', publisher: 'p', url: 'http://example.org/', published: '2015', type: 'news' };
    expect(messages(schemas.sources.safeParse(source)).join()).toMatch(
      /url: "http:\/\/example.org\/" uses http, not https/,
    );
  });

  it('require a short subject for every position', () => {
    const position = {
      jurisdiction: 'gb',
      actor: 'uk-government',
      subject: 'Online Safety Act scanning powers',
      stance: 'supports',
      date: '2023-10-26',
      summary: 's',
      sources: ['a-source'],
    };
    expect(schemas.positions.safeParse(position).success).toBe(true);
    const { subject: _omitted, ...withoutSubject } = position;
    expect(messages(schemas.positions.safeParse(withoutSubject)).join()).toMatch(
      /subject: expected a short phrase in our own words naming what the position is about, at most 80 characters/,
    );
    expect(messages(schemas.positions.safeParse({ ...position, subject: '  ' })).join()).toMatch(
      /subject: must not be empty/,
    );
    expect(messages(schemas.positions.safeParse({ ...position, subject: 'x'.repeat(81) })).join()).toMatch(
      /subject: is longer than 80 characters/,
    );
    expect(schemas.positions.safeParse({ ...position, subject: 'x'.repeat(80) }).success).toBe(true);
  });

  describe('a letter’s reported count of signatories', () => {
    const letter = {
      title: 't',
      date: '2015-05-19',
      signatories: ['eff', 'aclu', 'cdt'],
      recipients: ['barack-obama'],
      stance: 'opposes',
      jurisdiction: 'us',
      summary: 's',
      sources: ['a-source'],
    };

    it('is a number, a range or a lower bound; a number is read as a range of one', () => {
      expect(schemas.letters.parse({ ...letter, signatories_reported: 47 }).signatories_reported).toEqual({
        min: 47,
        max: 47,
      });
      expect(
        schemas.letters.parse({ ...letter, signatories_reported: { min: 143, max: 150 } }).signatories_reported,
      ).toEqual({ min: 143, max: 150 });
      expect(schemas.letters.parse({ ...letter, signatories_reported: { min: 58 } }).signatories_reported).toEqual({
        min: 58,
      });
      expect(schemas.letters.parse(letter).signatories_reported).toBeUndefined();
    });

    it.each([
      ['"143"', /signatories_reported: expected the count the sources report/],
      [4.5, /signatories_reported: expected the count the sources report/],
      [{ min: 150, max: 143 }, /signatories_reported.max: 143 is below min \(150\)/],
      [{ min: 0 }, /signatories_reported.min: expected a whole number above 0/],
      [{ min: 5, count: 6 }, /signatories_reported: expected the count the sources report/],
    ])('refuses %j', (reported, message) => {
      const value = reported === '"143"' ? '143' : reported;
      expect(messages(schemas.letters.safeParse({ ...letter, signatories_reported: value })).join('\n')).toMatch(
        message,
      );
    });

    it('refuses a reported count lower than the named list', () => {
      expect(messages(schemas.letters.safeParse({ ...letter, signatories_reported: 2 })).join()).toMatch(
        /signatories_reported: reports 2 signatories, fewer than the 3 named in signatories/,
      );
      expect(
        messages(schemas.letters.safeParse({ ...letter, signatories_reported: { min: 2, max: 9 } })).join(),
      ).toMatch(/fewer than the 3 named/);
      expect(schemas.letters.safeParse({ ...letter, signatories_reported: 3 }).success).toBe(true);
    });
  });

  it('refuse jurisdiction codes that are not ISO 3166-1 alpha-2 or EU', () => {
    expect(schemas.jurisdictions.safeParse({ name: 'United Kingdom', code: 'GB', kind: 'country' }).success).toBe(true);
    expect(
      messages(schemas.jurisdictions.safeParse({ name: 'United Kingdom', code: 'UK', kind: 'country' })).join(),
    ).toMatch(/the United Kingdom is GB/);
  });

  it('describe every reference field the relations table names', () => {
    for (const collection of COLLECTIONS) {
      // A nested reference (`translation.by`) is named by its top-level field.
      for (const { field } of REFERENCE_FIELDS[collection]) expect(fieldsOf(collection)).toContain(field.split('.')[0]);
    }
  });
});
