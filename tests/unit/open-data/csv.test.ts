import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvColumns, neutraliseFormula, toCsv } from '../../../src/lib/open-data/csv.ts';
import type { DataRecord } from '../../../src/lib/open-data/records.ts';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-2 points', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a single quote', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['plain', '', ' =not at the start', "'already quoted", '2020-06-01'])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('csvCell', () => {
  it('writes a missing field empty, text as it is and a list as a JSON array', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('a, "b"')).toBe('a, "b"');
    expect(csvCell(['x', 'y|z'])).toBe('["x","y|z"]');
    expect(csvCell([{ title: 'Minister', organisation: 'ministry' }])).toBe(
      '[{"title":"Minister","organisation":"ministry"}]',
    );
  });
});

describe('toCsv', () => {
  const quote = {
    id: 'q',
    page: 'https://example.org/quotes/q/',
    text: '=HYPERLINK("https://x.example")\nsecond line, with "quotes"',
    speaker: 'someone',
    date: '2020-06',
    stance: 'opposes',
    sources: ['a', 'b'],
  } as unknown as DataRecord<'quotes'>;

  it('writes RFC 4180 with a header, CRLF line ends and a UTF-8 byte-order mark', () => {
    const csv = toCsv('quotes', [quote]);
    expect(csv.startsWith('\uFEFFid,page,text,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${csvColumns('quotes').join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back with a CSV parser: newlines and quotes kept, the formula neutralised, lists as JSON', () => {
    const [row] = parse(toCsv('quotes', [quote]), { bom: true, columns: true }) as Record<string, string>[];
    expect(row!.text).toBe(`'${quote.text}`);
    expect(JSON.parse(row!.sources!)).toEqual(['a', 'b']);
    expect(row!.letter).toBe('');
    expect(Object.keys(row!)).toEqual(csvColumns('quotes'));
  });
});
