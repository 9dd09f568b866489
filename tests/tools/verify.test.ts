/**
 * `npm run verify` end to end: the fixture tree's sources (tests/fixtures/verify) live at
 * https://example.org/ and https://gone.example.net/, which `--map` sends to a local server with one
 * page per case; the Wayback Machine is mapped to the same server. No request leaves the machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportRow } from '../../src/lib/verify/verify-report.ts';
import { FIXTURES, PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';

const CONTENT = path.join(FIXTURES, 'verify/content');
const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav>Home · News</nav><main><article><h1>${title}</h1>${body}</article></main></body></html>`;

/** Each path's answer. `busy` answers 429 the first time it is asked. */
let busyAsked = 0;
const userAgents = new Set<string>();
function answer(url: string): {
  status: number;
  type?: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
} {
  if (url === '/') return { status: 200, body: page('Example', '<p>The front page.</p>') };
  if (url === '/exact')
    return { status: 200, body: page('Exact', '<p>Strong encryption keeps everyone safe online, she said.</p>') };
  if (url === '/typography') {
    return {
      status: 200,
      body: page(
        'Typography',
        '<p>\u201cWe will not weaken encryp-\ntion \u2014 not now, not ever \u2014 for&nbsp;anyone, not for \u2018the authorities\u2019 either,\u201d the minister said.</p>',
      ),
    };
  }
  if (url === '/report.pdf') {
    return {
      status: 200,
      type: 'application/pdf',
      body: tinyPdf(['The report finds that a back door for one is a back door for every-', 'one.']),
    };
  }
  if (url === '/forbidden') return { status: 403, body: page('Forbidden', '<p>No robots.</p>') };
  if (url === '/busy') {
    busyAsked++;
    if (busyAsked === 1) return { status: 429, headers: { 'retry-after': '0' }, body: 'slow down' };
    return { status: 200, body: page('Busy', '<p>Patience is a virtue of the well-behaved crawler.</p>') };
  }
  if (url === '/moved') return { status: 301, headers: { location: '/' } };
  if (url === '/soft-not-found') return { status: 200, body: page('Page not found', '<p>Try the search.</p>') };
  if (url === '/changed')
    return { status: 200, body: page('Changed', '<p>Entirely different words stand here today.</p>') };
  if (url === '/wayback/20261201id_/https://example.org/changed') {
    return { status: 200, body: page('Changed', '<p>These words were on the page once.</p>') };
  }
  if (url.startsWith('/wayback/') && url.endsWith('id_/https://gone.example.net/story')) {
    return { status: 200, body: page('Story', '<p>The archive still holds these words, as it did.</p>') };
  }
  return { status: 404, body: page('Not found', '<p>No such page.</p>') };
}

let server: Server;
let base: string;
let closedPort: number;
let dir: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    userAgents.add(request.headers['user-agent'] ?? '');
    const { status, type = 'text/html; charset=utf-8', body, headers = {} } = answer(request.url ?? '/');
    response.writeHead(status, { 'content-type': type, ...headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port with nothing listening on it: the "dead host".
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  dir = mkdtempSync(path.join(tmpdir(), 'verify-'));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const run = promisify(execFile);

async function verify(...args: string[]) {
  const maps = [
    `https://example.org/=${base}/`,
    `https://gone.example.net/=http://127.0.0.1:${closedPort}/`,
    `https://web.archive.org/web/=${base}/wayback/`,
  ].flatMap((map) => ['--map', map]);
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(PROJECT_ROOT, 'scripts/verify.ts'), '--content', CONTENT, '--delay', '0', ...maps, ...args],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run verify', () => {
  let report: Report;
  let markdown: string;
  let status: number;
  const row = (quote: string) => report.rows.find((candidate) => candidate.quote === quote) as ReportRow;

  beforeAll(async () => {
    const state = path.join(dir, 'state.json');
    // The 404 page was already gone on an earlier day: today makes it dead. The dead host is gone for the first time.
    writeFileSync(
      state,
      JSON.stringify({ version: 1, urls: { 'https://example.org/not-found': { goneOn: ['2026-11-01'] } } }),
    );
    const result = await verify(
      '--state',
      state,
      '--json',
      path.join(dir, 'report.json'),
      '--report',
      path.join(dir, 'report.md'),
    );
    status = result.status;
    report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
    markdown = readFileSync(path.join(dir, 'report.md'), 'utf8');
  });

  it('exits 0 without --strict, whatever it found', () => {
    expect(status).toBe(0);
  });

  it('finds the exact words', () => {
    expect(row('exact-quote')).toMatchObject({ state: 'ok', live: 'exact', archived: 'unread' });
  });

  it('finds words set with curly quotes, non-breaking spaces, a line-break hyphen, and left out at an ellipsis', () => {
    expect(row('typography-quote')).toMatchObject({ state: 'ok', live: 'exact' });
    expect(row('typography-quote').parts.map((part) => part.part)).toEqual([
      'we will not weaken encryption',
      'for anyone, not for "the authorities" either',
    ]);
  });

  it('reads a PDF, rejoining a word hyphenated across lines', () => {
    expect(row('pdf-quote')).toMatchObject({ state: 'ok', live: 'exact' });
    expect(row('pdf-quote').tried[0]!.reason).toBe('read as pdf');
  });

  it('calls a 403 blocked, never dead, and tries the archived copy', () => {
    const forbidden = row('forbidden-quote');
    expect(forbidden).toMatchObject({ state: 'blocked', reason: 'HTTP 403', live: 'unread' });
    expect(forbidden.tried.map((attempt) => attempt.copy)).toEqual(['live', 'archive']);
  });

  it('waits and asks again after a 429', () => {
    const busy = row('busy-quote');
    expect(busy).toMatchObject({ state: 'ok', live: 'fuzzy' });
    expect(busy.tried[0]!.exchanges.map((exchange) => exchange.status)).toEqual([429, 200]);
  });

  it('treats a redirect to the front page and a "not found" page served with 200 as gone', () => {
    expect(row('moved-quote')).toMatchObject({ state: 'failing' });
    expect(row('moved-quote').reason).toMatch(/^redirected to the front page/);
    expect(row('moved-quote').tried[0]!.exchanges.map((exchange) => exchange.status)).toEqual([301, 200]);
    expect(row('soft-not-found-quote')).toMatchObject({ state: 'failing' });
    expect(row('soft-not-found-quote').reason).toMatch(/^a "not found" page served with 200/);
  });

  it('says a live page no longer holds the words, and that the archived copy does', () => {
    expect(row('changed-quote')).toMatchObject({ state: 'changed', live: 'none', archived: 'exact' });
    expect(markdown).toMatch(
      /\| changed \| changed-source \| changed-quote \| not found \(1 of 1 parts missing\); in the archived copy \|/,
    );
  });

  it('finds the words of a source whose host is gone in its archived copy, and calls it failing on the first day', () => {
    const dead = row('dead-host-quote');
    expect(dead).toMatchObject({ state: 'failing', live: 'unread', archived: 'exact' });
    expect(dead.reason).toMatch(/^nothing answers at the address/);
    expect(dead.tried[1]!.url).toBe(`${base}/wayback/20261201id_/https://gone.example.net/story`);
  });

  it('calls a source dead only when it was gone on a second day, and reports a source no quote cites', () => {
    expect(report.rows.find((candidate) => candidate.source === 'uncited-source')).toMatchObject({
      quote: null,
      state: 'dead',
      goneOn: ['2026-11-01', report.checked],
    });
  });

  it('lists rows worst first in both reports, and counts each state', () => {
    expect(report.rows.map((candidate) => candidate.state)).toEqual([
      'dead',
      'changed',
      'failing',
      'failing',
      'failing',
      'blocked',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
    expect(report.counts).toEqual({ dead: 1, changed: 1, failing: 3, blocked: 1, error: 0, ok: 4 });
    expect(markdown).toContain('10 sources: 1 dead, 1 changed, 3 failing, 1 blocked, 0 error, 4 ok.');
    const tableStates = markdown
      .split('\n')
      .filter((line) => /^\| [a-z]+ \|/.test(line))
      .map((line) => line.split(' | ')[0]!.slice(2));
    expect(tableStates).toEqual(['dead', 'changed', 'failing', 'failing', 'failing', 'blocked', 'ok']);
  });

  it('names the project in its User-Agent', () => {
    expect([...userAgents]).toEqual([expect.stringMatching(/^encryption-policy-tracker-verify\/\d+\.\d+\.\d+ \(/)]);
  });

  it('remembers the days a source was gone in the state file', () => {
    const state = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as {
      urls: Record<string, { goneOn: string[]; lastRead?: string }>;
    };
    expect(state.urls['https://gone.example.net/story']!.goneOn).toEqual([report.checked]);
    expect(state.urls['https://example.org/exact']).toEqual({ goneOn: [], lastRead: report.checked });
  });
});

describe('npm run verify options', () => {
  it('--only checks one quote, --strict exits 1 when its words are gone', async () => {
    const state = path.join(dir, 'only-state.json');
    const result = await verify('--only', 'changed-quote', '--state', state, '--strict');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('1 sources: 0 dead, 1 changed');
    const ok = await verify('--only', 'exact-source', '--state', state, '--strict');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Nothing needs attention');
  });

  it('refuses an unknown id and a bad --map, exiting 2', async () => {
    const unknown = await verify('--only', 'no-such-quote', '--state', path.join(dir, 'x.json'));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--only: no source or quote has the id no-such-quote');
    const badMap = await verify('--map', 'nothing-to-map', '--state', path.join(dir, 'x.json'));
    expect(badMap.status).toBe(2);
    expect(badMap.stderr).toContain('--map nothing-to-map: expected FROM=TO');
  });

  it('refuses to run on content the check refuses, exiting 2', async () => {
    const result = await verify(
      '--content',
      path.join(FIXTURES, 'many-problems/content'),
      '--state',
      path.join(dir, 'x.json'),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('verify: the content check failed; fix it first (npm run check)');
    expect(result.stdout).toBe('');
  });

  it('--help says what it does and every option', async () => {
    const help = await verify('--help');
    expect(help.status).toBe(0);
    for (const option of ['--report', '--json', '--only', '--map', '--state', '--delay', '--strict']) {
      expect(help.stdout).toContain(option);
    }
  });
});
