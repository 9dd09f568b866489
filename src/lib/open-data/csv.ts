/**
 * One collection's records as CSV (RFC 4180: comma-separated, double-quoted where needed, CRLF line
 * ends; UTF-8 with a byte-order mark so spreadsheets read it as UTF-8, which pandas skips). A list is
 * written as a JSON array, e.g. `["eff","aclu"]`, which no item's text can make ambiguous; a missing
 * field is an empty cell. A cell holding a line break is quoted, so no text can start a row of its
 * own; a cell a spreadsheet would run as a formula is prefixed with `'` (OWASP's advice on CSV
 * injection); the JSON files keep the exact text.
 */
import { stringify } from 'csv-stringify/sync';
import type { CollectionName } from '../collections.ts';
import { fieldsOf } from '../schemas.ts';
import { type DataRecord, derivedFields } from './records.ts';

/**
 * Cells a spreadsheet reads as a formula start with one of these (OWASP: CSV injection), or with
 * their full-width forms (＝ ＋ － ＠, which some spreadsheets fold to the ASCII ones), possibly
 * after whitespace that a spreadsheet trims on import. csv-stringify's own `escape_formulas` looks
 * at the first character only, so it would miss ` =1+1` and `\n=HYPERLINK(…)`.
 */
const FORMULA_START = /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell that cannot run as a formula: the text, prefixed with a single quote when it would. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The columns of a collection's CSV: the id, the address of its page, the content model's fields, then what the data adds (a source's `archive`). */
export function csvColumns(collection: CollectionName): string[] {
  return ['id', 'page', ...fieldsOf(collection), ...derivedFields(collection)];
}

/** A field's value as a cell: text as it is, a list (or a person's roles) as a JSON array. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return neutraliseFormula(text);
}

export function toCsv(collection: CollectionName, records: readonly DataRecord[]): string {
  const columns = csvColumns(collection);
  const rows = records.map((record) =>
    columns.map((column) => csvCell((record as unknown as Record<string, unknown>)[column])),
  );
  // With a record delimiter of its own, csv-stringify quotes only cells holding CRLF unless told to
  // quote every CR and LF too: without it a two-line text would split its row in two.
  return stringify(rows, {
    header: true,
    columns,
    bom: true,
    record_delimiter: 'windows',
    quote_record_delimiter: true,
  });
}
