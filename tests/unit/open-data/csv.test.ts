import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvColumns, neutraliseFormula, toCsv } from '../../../src/lib/open-data/csv.ts';
import type { DataRecord } from '../../../src/lib/open-data/records.ts';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-2 points', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a single quote', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  // Full-width ＝ ＋ － ＠, which some spreadsheets fold to the ASCII ones.
  it.each(['\uFF1D1+1', '\uFF0B1', '\uFF0D2', '\uFF20SUM(A1)'])('prefixes the full-width form %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  // A spreadsheet may trim the whitespace a cell starts with before it reads the formula.
  it.each([' =1+1', '  +1', '\n=HYPERLINK(A1)', '\r\n@SUM(A1)', '\u3000\uFF1D1', '\u00A0-2'])(
    'prefixes %j, a formula after leading whitespace',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['plain', '', ' not a formula', 'a = b', "'already quoted", '2020-06-01', '\nsecond line'])(
    'leaves %j as it is',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(cell);
    },
  );
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

  /** Every row of a CSV, read strictly: a row of another width than the header throws. */
  const rowsOf = (csv: string) => parse(csv, { bom: true, relax_column_count: false }) as string[][];

  it.each([
    ['LF', 'It said:\n=HYPERLINK(A1)'],
    ['CR', 'It said:\r=HYPERLINK(A1)'],
    ['CRLF', 'It said:\r\n=HYPERLINK(A1)'],
  ])('quotes a cell holding a bare %s, so its second line neither starts a row nor runs', (_, text) => {
    const csv = toCsv('quotes', [{ ...quote, text, context: 'one line\nand another' } as DataRecord<'quotes'>]);
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(csvColumns('quotes').length);
    const record = Object.fromEntries(csvColumns('quotes').map((column, index) => [column, rows[1]![index]]));
    expect(record.text).toBe(text);
    expect(record.context).toBe('one line\nand another');
    // No line of the file starts with a formula: the second line is inside its quoted cell.
    expect(csv).toContain(`"${text}"`);
  });

  it('prefixes a formula after a line break, and full-width formulas, in the written file', () => {
    const rows = rowsOf(
      toCsv('quotes', [{ ...quote, text: '\n=HYPERLINK(A1)', context: '\uFF1DHYPERLINK(A1)' } as DataRecord<'quotes'>]),
    );
    const record = Object.fromEntries(csvColumns('quotes').map((column, index) => [column, rows[1]![index]]));
    expect(record.text).toBe("'\n=HYPERLINK(A1)");
    expect(record.context).toBe("'\uFF1DHYPERLINK(A1)");
  });
});
