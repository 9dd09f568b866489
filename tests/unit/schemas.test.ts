import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/lib/schemas.ts';

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

  it('refuse jurisdiction codes that are not ISO 3166-1 alpha-2 or EU', () => {
    expect(schemas.jurisdictions.safeParse({ name: 'United Kingdom', code: 'GB', kind: 'country' }).success).toBe(true);
    expect(
      messages(schemas.jurisdictions.safeParse({ name: 'United Kingdom', code: 'UK', kind: 'country' })).join(),
    ).toMatch(/the United Kingdom is GB/);
  });
});
