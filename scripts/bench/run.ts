/**
 * `npm run bench`: builds deterministic synthetic trees of 1,000 and 10,000 entries outside the
 * repository and prints, and writes as JSON, what the build, the check and the first search cost,
 * against a plain Astro 7 build of the same MDX, with each budget as pass or fail.
 *
 *   npm run bench [-- --sizes 1000,10000] [--no-baseline] [--no-search] [--out docs/performance.json]
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { writeBaselineProject } from './baseline-project.ts';
import { judge, type SizeFigures } from './budgets.ts';
import { generateContent } from './generate-content.ts';
import { runMeasured } from './process-tree-memory.ts';
import { measureSearch } from './search-timing.ts';
import { folderSize, heaviestEntryPages } from './site-stats.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** What `npm run build` runs: the Astro CLI with the project's memory settings. */
const OUR_ASTRO = path.join(PROJECT_ROOT, 'scripts/astro.ts');
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];
/** A word every synthetic tree uses often, so the first search has many results to rank and show. */
const QUERY = 'encryption';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'no-baseline': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/performance.json' },
    keep: { type: 'boolean', default: false },
  },
});

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const log = (message: string) => console.log(`[bench] ${message}`);

async function projectCopy(root: string): Promise<void> {
  for (const file of PROJECT_FILES) {
    const from = path.join(PROJECT_ROOT, file);
    if (existsSync(from)) await cp(from, path.join(root, file), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
}

/**
 * Small builds take seconds, so one run is at the mercy of the machine's moment: below this size
 * each build (ours and the baseline) runs three times and the median counts.
 */
const REPEAT_BELOW = 2_000;

/** Runs a build `runs` times; the median wall time, the highest peak memory, and every run. */
async function measuredBuilds(runs: number, args: string[], cwd: string) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    await rm(path.join(cwd, 'dist'), { recursive: true, force: true });
    const result = await runMeasured(process.execPath, args, { cwd, env });
    if (result.status !== 0) throw new Error(`build failed:\n${result.output.slice(-3000)}`);
    results.push(result);
  }
  const times = results.map((r) => r.wallMs).sort((a, b) => a - b);
  return {
    wallMs: times[Math.floor(times.length / 2)]!,
    peakRssBytes: Math.max(...results.map((r) => r.peakRssBytes)),
    runsMs: results.map((r) => r.wallMs),
    output: results.at(-1)!.output,
  };
}

async function measureSize(entries: number): Promise<SizeFigures> {
  const work = await mkdtemp(path.join(tmpdir(), `ept-bench-${entries}-`));
  try {
    const site = path.join(work, 'site');
    await mkdir(site);
    log(`${entries}: generating content in ${site}`);
    const tree = await generateContent(site, { entries, seed: 1 });
    await projectCopy(site);

    log(`${entries}: npm run check`);
    const check = await runMeasured(
      process.execPath,
      [path.join(PROJECT_ROOT, 'scripts/check.ts'), '--content', tree.contentDir],
      { cwd: PROJECT_ROOT, env },
    );
    if (check.status !== 0) throw new Error(`check failed on the synthetic tree:\n${check.output.slice(-2000)}`);

    const runs = entries < REPEAT_BELOW ? 3 : 1;
    log(`${entries}: npm run build${runs > 1 ? `, ${runs} times` : ''}`);
    const build = await measuredBuilds(runs, [OUR_ASTRO, 'build', '--root', site], site);
    const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
    const dist = path.join(site, 'dist');

    const figures: SizeFigures = {
      entries: tree.total,
      build: {
        wallMs: build.wallMs,
        peakRssBytes: build.peakRssBytes,
        pages,
        pagesPerSecond: pages / (build.wallMs / 1000),
        runsMs: build.runsMs,
      },
      checkMs: check.wallMs,
      dist: await folderSize(dist),
      pagefind: await folderSize(path.join(dist, 'pagefind')),
      heaviestEntryPages: await heaviestEntryPages(dist, COLLECTIONS, 3),
    };

    if (!values['no-search']) {
      log(`${entries}: first search in Chromium`);
      figures.search = await measureSearch(dist, QUERY, '/quotes/quote-1/');
    }

    if (!values['no-baseline']) {
      log(`${entries}: plain Astro baseline build`);
      const baselineRoot = path.join(work, 'baseline');
      await writeBaselineProject(baselineRoot, tree.contentDir, PROJECT_ROOT);
      const baseline = await measuredBuilds(runs, [ASTRO, 'build', '--root', baselineRoot], baselineRoot);
      figures.baseline = { wallMs: baseline.wallMs, peakRssBytes: baseline.peakRssBytes, runsMs: baseline.runsMs };
    }
    return figures;
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function print(figures: SizeFigures): void {
  const rows: [string, string][] = [
    ['entries', figures.entries.toLocaleString('en-GB')],
    [
      'build wall time',
      figures.build.runsMs.length > 1
        ? `${s(figures.build.wallMs)} (median of ${figures.build.runsMs.map(s).join(', ')})`
        : s(figures.build.wallMs),
    ],
    ['build peak memory (process tree)', mb(figures.build.peakRssBytes)],
    ['pages built / pages per second', `${figures.build.pages} / ${figures.build.pagesPerSecond.toFixed(0)}`],
    ['npm run check', `${(figures.checkMs / 1000).toFixed(2)} s`],
    ['dist/ size, files', `${mb(figures.dist.bytes)}, ${figures.dist.files}`],
    ['Pagefind index size, files', `${mb(figures.pagefind.bytes)}, ${figures.pagefind.files}`],
    ...figures.heaviestEntryPages.map((p): [string, string] => [
      `entry page /${p.page}/`,
      `${kb(p.htmlBytes)} HTML + ${kb(p.cssBytes)} CSS, ${p.scriptCount} script(s) ${kb(p.scriptBytes)}`,
    ]),
  ];
  if (figures.baseline) {
    const runs = figures.baseline.runsMs.length > 1 ? ` (median of ${figures.baseline.runsMs.map(s).join(', ')})` : '';
    rows.push(['plain Astro build', `${s(figures.baseline.wallMs)}${runs}, ${mb(figures.baseline.peakRssBytes)}`]);
    rows.push(['our build / plain Astro', `${(figures.build.wallMs / figures.baseline.wallMs).toFixed(2)}×`]);
  }
  if (figures.search) {
    const page = figures.search.searchPage;
    rows.push([
      `search page, first query "${page.query}"`,
      `${page.msToFirstResult} ms to first result; ${kb(page.pagefindBytes)} Pagefind + ${kb(page.pageBytes)} page`,
    ]);
    for (const e of figures.search.engine) {
      rows.push([
        `engine ${e.withFacetCounts ? 'with' : 'without'} facet counts`,
        `${e.msToResults.toFixed(0)} ms, ${kb(e.pagefindBytes)}, ${e.results} results`,
      ]);
    }
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value}`);
}

const sizes = values.sizes.split(',').map(Number);
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
};
log(`machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGB} GB, Node ${machine.node}`);
const results: SizeFigures[] = [];
for (const size of sizes) {
  const figures = await measureSize(size);
  results.push(figures);
  console.log(`\n${size.toLocaleString('en-GB')} entries`);
  print(figures);
}

const verdicts = judge(results);
console.log('\nBudgets');
for (const verdict of verdicts)
  console.log(`  ${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.budget}: ${verdict.measured}`);

const out = path.resolve(PROJECT_ROOT, values.out);
await writeFile(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), machine, query: QUERY, sizes: results, budgets: verdicts }, null, 2)}\n`,
);
log(`wrote ${path.relative(PROJECT_ROOT, out)}`);
