/**
 * Lighthouse as a host's visitors get it: serves the built site (dist/, from `npm run build`) with
 * `astro preview`, runs Lighthouse (mobile, its default settings) on one page of each template in
 * Debian's Chromium, and prints the four scores. Exits non-zero when a score is under 95.
 * Not part of `npm test`: a score is a measurement, not a test.
 *
 *   npm run build && npm run lighthouse            (CHROME_PATH defaults to /usr/bin/chromium)
 *   npm run lighthouse -- --json lighthouse.json   (also writes every report's scores and findings)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefixBase } from '../src/lib/base-path.ts';
import { buildSettingsOrExit } from '../src/lib/build-settings.ts';
import { COLLECTIONS } from '../src/lib/collections.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 95;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The base the build used: the same reading of BASE_PATH and SITE_URL as astro.config.mjs.
const { base } = buildSettingsOrExit(process.env);
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(2);
}

/** One page per template: the first entry of each collection, as written in dist/. */
function templates(): [string, string][] {
  const firstEntry = (collection: string) =>
    readdirSync(path.join(DIST, collection), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'page' && entry.name !== 'signatories')
      .map((entry) => entry.name)
      .sort()[0];
  return [
    ['home', '/'],
    ['search (with results)', '/search/?q=encryption'],
    ['collection index', '/letters/'],
    ...COLLECTIONS.flatMap((collection): [string, string][] => {
      const id = firstEntry(collection);
      return id ? [[`${collection} entry`, `/${collection}/${id}/`]] : [];
    }),
    ['timeline', '/timeline/'],
    ['map', '/map/'],
    ['signatories', '/letters/signatories/'],
    ['open data', '/data/'],
    // Not the 404 page: Lighthouse refuses to score a page answered with status 404.
    ['about', '/about/'],
  ];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string; scoreDisplayMode: string }>;
}

function lighthouse(url: string): Report {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Report;
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const preview = spawn(
  process.execPath,
  [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
  { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);

const rows: { template: string; path: string; scores: Record<string, number>; findings: string[] }[] = [];
try {
  await waitFor(`${origin}${base}`);
  for (const [template, sitePath] of templates()) {
    const report = lighthouse(`${origin}${prefixBase(base, sitePath)}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
    );
    // What cost points: every scored audit that did not pass, with its measured value.
    const findings = Object.entries(report.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
      .map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    rows.push({ template, path: sitePath, scores, findings });
    console.log(
      `${template.padEnd(24)} ${CATEGORIES.map((category) => `${category} ${String(scores[category]).padStart(3)}`).join('  ')}` +
        (findings.length ? `\n${' '.repeat(25)}${findings.join(', ')}` : ''),
    );
  }
} finally {
  preview.kill('SIGTERM');
}

if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
const low = rows.filter((row) => CATEGORIES.some((category) => row.scores[category]! < MINIMUM));
if (low.length) {
  console.error(`Under ${MINIMUM}: ${low.map((row) => row.template).join(', ')}`);
  process.exit(1);
}
