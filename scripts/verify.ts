/**
 * `npm run verify`: re-reads every source and says, for every quote, whether its words are still
 * there (src/lib/verify/). Never part of the build or the pull-request check: the network is not the
 * gate. Run weekly by .github/workflows/verify-sources.yml, which files the report as an issue.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent, formatReport } from '../src/lib/check/index.ts';
import { FUZZY_MAX_ERROR_RATE } from '../src/lib/verify/match-quote.ts';
import { DEFAULT_FETCH_SETTINGS, PoliteClient } from '../src/lib/verify/polite-fetch.ts';
import { sourcesToVerify } from '../src/lib/verify/sources-to-verify.ts';
import { parseUrlMap } from '../src/lib/verify/url-map.ts';
import { buildReport, needsAttention, reportJson, reportMarkdown } from '../src/lib/verify/verify-report.ts';
import { verifySources } from '../src/lib/verify/verify-sources.ts';
import { DEAD_AFTER_DAYS, keepOnly, loadState, saveState } from '../src/lib/verify/verify-state.ts';
import { CONTENT_DIR } from '../src/lib/content-files.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: npm run verify -- [options]

Re-reads every source (HTML as Readability's article and as the whole page's text, PDF with unpdf)
and says, for every quote that cites it, whether its words are still there. Both texts are
normalised (Unicode NFKC, quotation marks, dashes, spaces, soft hyphens, words hyphenated across
lines, case); a quote is split at editorial ellipses (…, ..., […]) and brackets ([sic], [the]) and
each part is matched exactly, else with at most ${FUZZY_MAX_ERROR_RATE * 100}% of its characters different, else not at all.

Each source gets a state, worst first:
  dead      gone (404/410, no such host, nothing listening, redirected to the front page, or a
            "not found" page served with 200) on at least ${DEAD_AFTER_DAYS} different days
  changed   read, but some quote's words are not there
  failing   gone, but not yet on enough different days to be called dead
  blocked   401/402/403/429/451 or a bot check: the site refuses robots (never called dead)
  error     a timeout, a 5xx, too large or unreadable: nothing either way
  ok        read, and every quote's words are there
When a source cannot be read, or a quote's words are not in it, its archived copy is read too (the
recorded \`archived\` URL, else the Wayback Machine's capture nearest the day it was read).

Options:
  --report FILE     write the Markdown report to FILE (default: standard output)
  --json FILE       also write the report as JSON: one row per quote and source (ids, URL, state,
                    match, what was tried)
  --only ID         check only this source or quote (repeatable, or comma-separated)
  --map FROM=TO     fetch URLs starting FROM at TO instead (repeatable), e.g.
                    --map https://example.org/=http://127.0.0.1:8080/
  --state FILE      the file that remembers failures between runs (default: .verify-state.json)
  --content DIR     the content tree (default: content)
  --delay MS        least time between two requests to one host (default: ${DEFAULT_FETCH_SETTINGS.delayMs});
                    also the first retry's wait when a server names none
  --timeout MS      time for one request (default: ${DEFAULT_FETCH_SETTINGS.timeoutMs})
  --strict          exit 1 when any quote's words are gone from a live source or any source is dead
  -h, --help        this text

Exits 0 unless verify itself fails (2), or with --strict as above.
Requests name the project in their User-Agent and go at most one a second to any host; 429 and 5xx
answers are retried with backoff, as long as Retry-After asks (up to two minutes).`;

function userAgent(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    repository?: string | { url?: string };
    homepage?: string;
  };
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const contact = repository ?? pkg.homepage ?? process.env.SITE_URL;
  return `${pkg.name}-verify/${pkg.version} (checks that quoted words are still at their sources${contact ? `; +${contact}` : ''})`;
}

function fail(message: string): never {
  console.error(`verify: ${message}`);
  process.exit(2);
}

function positiveNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) fail(`${flag} ${value}: expected a number of milliseconds`);
  return number;
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      report: { type: 'string' },
      json: { type: 'string' },
      only: { type: 'string', multiple: true, default: [] },
      map: { type: 'string', multiple: true, default: [] },
      state: { type: 'string', default: '.verify-state.json' },
      content: { type: 'string', default: CONTENT_DIR },
      delay: { type: 'string' },
      timeout: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n\n${HELP}`);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

try {
  const maps = values.map.map(parseUrlMap);
  const only = values.only
    .flatMap((list) => list.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
  const contentPath = path.resolve(projectRoot, values.content);
  const statePath = path.resolve(values.state);
  const state = loadState(statePath);

  // The words to look for are the checked record's, read by the code the build uses.
  const { problems, entries } = await checkContent(path.dirname(contentPath), path.basename(contentPath));
  if (problems.length) fail(`the content check failed; fix it first (npm run check):\n${formatReport(problems)}`);
  const sources = sourcesToVerify(entries, only);

  const client = new PoliteClient({
    ...DEFAULT_FETCH_SETTINGS,
    userAgent: userAgent(),
    delayMs: positiveNumber(values.delay, '--delay', DEFAULT_FETCH_SETTINGS.delayMs),
    backoffMs: positiveNumber(values.delay, '--delay', DEFAULT_FETCH_SETTINGS.backoffMs),
    timeoutMs: positiveNumber(values.timeout, '--timeout', DEFAULT_FETCH_SETTINGS.timeoutMs),
  });
  const today = new Date().toISOString().slice(0, 10);
  const results = await verifySources(sources, { client, state, maps, today });
  if (!only.length) keepOnly(state, new Set(sources.map((source) => source.data.url)));
  saveState(statePath, state);

  const report = buildReport(results, today);
  const markdown = reportMarkdown(report);
  if (values.report) writeFileSync(path.resolve(values.report), markdown);
  else process.stdout.write(markdown);
  if (values.json) writeFileSync(path.resolve(values.json), reportJson(report));
  const counts = Object.entries(report.counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ');
  console.error(`verify: ${sources.length} sources checked: ${counts}.`);
  if (values.strict && needsAttention(report)) process.exitCode = 1;
} catch (error) {
  fail((error as Error).stack ?? String(error));
}
