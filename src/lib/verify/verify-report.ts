/**
 * The report of `npm run verify`, worst first: as rows (one per quote and source, or one for a
 * source no quote cites), as JSON, and as Markdown for people and for the issue the weekly workflow
 * keeps up to date. Markdown cells are escaped so no text from a URL or a page can break the table
 * or mention anyone; a GitHub issue holds at most 65,536 characters, so the Markdown lists every row
 * that needs attention first and stops before that, pointing to the JSON for the rest.
 */
import { FUZZY_MAX_ERROR_RATE, type PartMatch } from './match-quote.ts';
import type { Attempt } from './read-document.ts';
import { type CopyMatch, SOURCE_STATES, type SourceResult, type SourceState } from './verify-sources.ts';

export interface ReportRow {
  state: SourceState;
  source: string;
  /** The quote's id; null for a source no quote (in this run) cites. */
  quote: string | null;
  url: string;
  archive: string;
  /** Why the source has its state. */
  reason: string;
  /** The quote's words in the source as it is now, and in its archived copy. */
  live: CopyMatch | null;
  archived: CopyMatch | null;
  parts: PartMatch[];
  goneOn: string[];
  tried: Attempt[];
}

export interface Report {
  checked: string;
  fuzzyMaxErrorRate: number;
  counts: Record<SourceState, number>;
  rows: ReportRow[];
}

const STATE_RANK = Object.fromEntries(SOURCE_STATES.map((state, index) => [state, index])) as Record<
  SourceState,
  number
>;
const MATCH_RANK: Record<CopyMatch, number> = { none: 0, unread: 1, fuzzy: 2, exact: 3 };

function compareRows(a: ReportRow, b: ReportRow): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    MATCH_RANK[a.live ?? 'exact'] - MATCH_RANK[b.live ?? 'exact'] ||
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
    ((a.quote ?? '') < (b.quote ?? '') ? -1 : (a.quote ?? '') > (b.quote ?? '') ? 1 : 0)
  );
}

export function buildReport(results: readonly SourceResult[], checked: string): Report {
  const counts = Object.fromEntries(SOURCE_STATES.map((state) => [state, 0])) as Record<SourceState, number>;
  const rows: ReportRow[] = [];
  for (const result of results) {
    counts[result.state]++;
    const base = {
      state: result.state,
      source: result.id,
      url: result.url,
      archive: result.archive,
      reason: result.reason,
      goneOn: result.goneOn,
      tried: result.tried,
    };
    if (!result.quotes.length) rows.push({ ...base, quote: null, live: null, archived: null, parts: [] });
    for (const quote of result.quotes) {
      rows.push({ ...base, quote: quote.id, live: quote.live, archived: quote.archive, parts: quote.parts });
    }
  }
  return { checked, fuzzyMaxErrorRate: FUZZY_MAX_ERROR_RATE, counts, rows: rows.sort(compareRows) };
}

/** True when `--strict` should fail: a quote's words gone from a live source, or a dead source. */
export function needsAttention(report: Report): boolean {
  return report.counts.changed > 0 || report.counts.dead > 0;
}

/** Text for a Markdown table cell: no row or cell breaks, no HTML, no @mention, no stray emphasis. */
export function markdownCell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[&\\`*_[\]|<>@#~]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function wordsCell(row: ReportRow): string {
  if (!row.quote) return '—';
  const edits = Math.max(0, ...row.parts.map((part) => part.errors ?? 0));
  const live =
    row.live === 'exact'
      ? 'exact'
      : row.live === 'fuzzy'
        ? `close (${edits} edits)`
        : row.live === 'none'
          ? `not found (${row.parts.filter((part) => part.match === 'none').length} of ${row.parts.length} parts missing)`
          : 'source not read';
  const archived =
    row.archived === 'exact' || row.archived === 'fuzzy'
      ? '; in the archived copy'
      : row.archived === 'none'
        ? '; not in the archived copy either'
        : '';
  return live + archived;
}

function triedCell(row: ReportRow): string {
  return row.tried
    .map((attempt) => {
      const statuses = attempt.exchanges.map((exchange) => exchange.status ?? exchange.error).join(' → ');
      return `${attempt.copy}: ${statuses || '—'} (${attempt.reason})`;
    })
    .join('; ');
}

const GUIDANCE = [
  '**What to do.** *changed*: open the source; if the words moved or were edited, update the quote or cite a copy that holds them (the archived copy, if it does) and add a `<Correction>` where a reader could have relied on the old text; if they were never there, re-cite the quote. *dead*: set the source’s `archived` to a copy that works, or its `url` to the page’s new address, and update `accessed`. *blocked*, *failing* and *error*: check by hand; nothing is concluded yet.',
];

export function reportMarkdown(report: Report, maxLength = 60_000): string {
  const sources = Object.values(report.counts).reduce((sum, count) => sum + count, 0);
  const summary = SOURCE_STATES.map((state) => `${report.counts[state]} ${state}`).join(', ');
  const head = [
    `# Source check, ${report.checked}`,
    '',
    `${sources} sources: ${summary}.`,
    '',
    `Each quote is split at editorial ellipses and brackets; each part is matched exactly after normalising both texts (Unicode NFKC, quotation marks, dashes, spaces, soft hyphens, words hyphenated across lines, case), else with at most ${Math.round(report.fuzzyMaxErrorRate * 100)}% of its characters different ("close"), else it is not found. A source is *dead* only after it was gone on different days.`,
    '',
    ...GUIDANCE,
  ].join('\n');
  const attention = report.rows.filter((row) => row.state !== 'ok' || row.live !== 'exact');
  const okRows = report.rows.length - attention.length;
  if (!attention.length)
    return `${head}\n\nNothing needs attention: all ${okRows} rows are ok, every word found exactly.\n`;
  const tail = `${okRows} more rows are ok, every word found exactly; the JSON report lists them.`;
  const lines = [
    '| State | Source | Quote | Words | URL | Why | What was tried |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  // Room for the closing lines (the tail, and the note on rows left out) is kept from the start.
  let length = head.length + lines.join('\n').length + tail.length + 100;
  for (const [index, row] of attention.entries()) {
    const cells = [row.state, row.source, row.quote ?? '—', wordsCell(row), row.url, row.reason, triedCell(row)];
    const line = `| ${cells.map(markdownCell).join(' | ')} |`;
    if (length + line.length + 1 > maxLength) {
      lines.push('', `… and ${attention.length - index} more rows: see the JSON report.`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return `${head}\n\n${lines.join('\n')}\n\n${tail}\n`;
}

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
