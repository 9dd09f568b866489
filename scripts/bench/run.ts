/**
 * `npm run bench`: builds deterministic trees of 1,000, 2,000 and 10,000 entries outside the
 * repository, of two kinds — generate-content.ts's synthetic tree and the real record grown to size
 * (grow-record.ts) — and prints, and writes as JSON, what the build, the check and the first search
 * cost, against a plain Astro 7 build and a Starlight build of the same MDX, each installed from its
 * own lockfile (peer-install.ts) and built side by side in rotating order, the median of three
 * rounds counting; and a first search with Pagefind's Default UI on the same index, with each budget
 * as pass or fail.
 *
 *   npm run bench [-- --sizes 1000,2000,10000] [--corpora synthetic,record] [--rounds 3]
 *                 [--no-baseline] [--no-starlight] [--no-search] [--out docs/performance.json]
 *   npm run bench -- --sizes 200 --corpora record --rounds 1 --no-search --out /tmp/b.json   (a quick try)
 *   npm run bench -- --ref HEAD    (the committed site and record, when others' edits in the tree are half done)
 *   npm run bench -- --versus REF  (also builds our site as committed at REF on the same tree: what a change cost)
 *   npm run bench -- --shapes [--sizes 1000] [--shape chain,signatories,quotes]
 *       (only the shapes run: each shape of content-shapes.ts on a synthetic base tree of each size, its
 *        check and build against the same files without the shape; written to docs/performance-shapes.json)
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { writeBaselineProject } from './baseline-project.ts';
import {
  type BuildFigures,
  CORPORA,
  CORPUS_LABELS,
  type Corpus,
  judge,
  judgeShapes,
  type ShapeFigures,
  type SizeFigures,
  type Verdict,
} from './budgets.ts';
import { buildPhases, PHASE_LABELS } from './build-phases.ts';
import { SHAPES, type Shape } from './content-shapes.ts';
import { measureDefaultUiSearch } from './default-ui-search.ts';
import { generateContent, type GeneratedTree } from './generate-content.ts';
import { growRecord } from './grow-record.ts';
import { readRecord } from './record-shape.ts';
import { astroCli, clearBuildState, installPeer } from './peer-install.ts';
import { runMeasured } from './process-tree-memory.ts';
import { CHROMIUM_EXECUTABLE, measureSearch } from './search-timing.ts';
import { folderSize, heaviestEntryPages } from './site-stats.ts';
import { extractFromRef, PROJECT_ROOT, projectCopy } from './site-copy.ts';
import { writeStarlightProject } from './starlight-project.ts';

/** A word both trees use often, so the first search has many results to rank and show. */
const QUERY = 'encryption';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env.BENCH_SIZES ?? '1000,2000,10000' },
    corpora: { type: 'string', default: CORPORA.join(',') },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-baseline': { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    out: { type: 'string' },
    shapes: { type: 'boolean', default: false },
    shape: { type: 'string', default: Object.keys(SHAPES).join(',') },
    keep: { type: 'boolean', default: false },
    ref: { type: 'string', default: process.env.BENCH_REF },
    versus: { type: 'string' },
  },
});

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const log = (message: string) => console.log(`[bench] ${message}`);

const sizes = values.sizes.split(',').map(Number);
const corpora = values.corpora.split(',') as Corpus[];
for (const corpus of corpora) {
  if (!CORPORA.includes(corpus)) throw new Error(`--corpora: unknown corpus ${corpus} (known: ${CORPORA.join(', ')})`);
}
const rounds = Number(values.rounds);
if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error('--rounds: a whole number, at least 1');
const seed = Number(values.seed);
// The first search is timed after every build of a size: a missing browser must stop the run now,
// not after the builds.
if (!values['no-search'] && !existsSync(CHROMIUM_EXECUTABLE)) {
  throw new Error(
    `No Chromium at ${CHROMIUM_EXECUTABLE} to time the first search in: install it (apt-get install chromium), set CHROMIUM_PATH, or pass --no-search`,
  );
}

/** The run's folder, outside the repository: the peers' installs, then one folder per tree. */
const work = await mkdtemp(path.join(tmpdir(), 'ept-bench-'));
const peers = { starlight: path.join(work, 'starlight'), baseline: path.join(work, 'baseline') };

/** The real record the record-shaped trees start from: the working tree's, or the ref's. */
const recordFolder = await (async () => {
  if (!values.ref) return path.join(PROJECT_ROOT, 'content');
  const root = path.join(work, 'record');
  await mkdir(root, { recursive: true });
  extractFromRef(values.ref, ['content'], root);
  return path.join(root, 'content');
})();
/** A record-shaped tree cannot be smaller than the record it starts from. */
const recordEntries = corpora.includes('record') ? (await readRecord(recordFolder)).length : 0;

interface Project {
  name: 'ours' | 'versus' | 'baseline' | 'starlight' | 'flat';
  args: string[];
  cwd: string;
}

/**
 * Builds every project `rounds` times, so that a busy spell on the machine falls on all of them
 * rather than on one. Each round starts one project later (ours, plain, Starlight; then plain,
 * Starlight, ours; …): a build pays for the disk work the one before it left, and no project should
 * always follow the same one. Every build starts cold (clearBuildState). Per project: the median
 * wall time, the highest peak memory, every run, and the phases of the median run.
 */
async function sideBySide(projects: Project[]): Promise<Map<Project['name'], BuildFigures>> {
  const results = new Map(projects.map((p) => [p.name, [] as Awaited<ReturnType<typeof runMeasured>>[]]));
  for (let i = 0; i < rounds; i++) {
    const start = i % projects.length;
    for (const project of [...projects.slice(start), ...projects.slice(0, start)]) {
      log(`  ${project.name}, round ${i + 1} of ${rounds}`);
      await clearBuildState(project.cwd);
      const result = await runMeasured(process.execPath, project.args, { cwd: project.cwd, env });
      if (result.status !== 0) throw new Error(`${project.name} build failed:\n${result.output.slice(-3000)}`);
      results.get(project.name)!.push(result);
    }
  }
  const figures = new Map<Project['name'], BuildFigures>();
  for (const [name, list] of results) {
    const median = list.toSorted((a, b) => a.wallMs - b.wallMs)[Math.floor(list.length / 2)]!;
    const pages = Number(/(\d+) page\(s\) built/.exec(median.output)?.[1] ?? 0);
    figures.set(name, {
      wallMs: median.wallMs,
      peakRssBytes: Math.max(...list.map((r) => r.peakRssBytes)),
      pages,
      pagesPerSecond: pages / (median.wallMs / 1000),
      runsMs: list.map((r) => r.wallMs),
      phases: buildPhases(median.lines, median.wallMs),
    });
  }
  return figures;
}

/** `npm run check` on a tree, in a fresh process as CI runs it. */
async function timeCheck(site: string, contentDir: string): Promise<Awaited<ReturnType<typeof runMeasured>>> {
  const check = await runMeasured(process.execPath, [path.join(site, 'scripts/check.ts'), '--content', contentDir], {
    cwd: PROJECT_ROOT,
    env,
  });
  if (check.status !== 0) throw new Error(`check failed on ${contentDir}:\n${check.output.slice(-2000)}`);
  return check;
}

/** The tree of one corpus and size, under `<root>/content`. */
async function writeTree(corpus: Corpus, entries: number, root: string): Promise<GeneratedTree> {
  if (corpus === 'synthetic') return generateContent(root, { entries, seed });
  return growRecord(root, { entries, seed, from: recordFolder });
}

async function measureSize(corpus: Corpus, entries: number): Promise<SizeFigures> {
  const tree = path.join(work, `${corpus}-${entries}`);
  const site = path.join(tree, 'site');
  try {
    log(`${CORPUS_LABELS[corpus]}, ${entries}: writing content in ${site}`);
    const content = await writeTree(corpus, entries, site);
    await projectCopy(site, values.ref);

    log(`${entries}: npm run check`);
    const check = await timeCheck(site, content.contentDir);

    // What `npm run build` runs: the Astro CLI through the project's launcher and memory settings.
    const projects: Project[] = [
      { name: 'ours', args: [path.join(site, 'scripts/astro.ts'), 'build', '--root', site], cwd: site },
    ];
    // Our site at another commit, on a copy of the same tree: what a change cost or saved.
    if (values.versus) {
      const root = path.join(tree, 'versus');
      await projectCopy(root, values.versus);
      await cp(content.contentDir, path.join(root, 'content'), { recursive: true });
      projects.push({
        name: 'versus',
        args: [path.join(root, 'scripts/astro.ts'), 'build', '--root', root],
        cwd: root,
      });
    }
    // The peers run the Astro CLI they installed, as `npm run build` in their folder would.
    if (!values['no-baseline']) {
      await installPeer('astro', peers.baseline, log);
      await writeBaselineProject(peers.baseline, content.contentDir);
      const root = peers.baseline;
      projects.push({ name: 'baseline', args: [astroCli(root), 'build', '--root', root], cwd: root });
    }
    if (!values['no-starlight']) {
      await installPeer('starlight', peers.starlight, log);
      await writeStarlightProject(peers.starlight, content.contentDir);
      const root = peers.starlight;
      projects.push({ name: 'starlight', args: [astroCli(root), 'build', '--root', root], cwd: root });
    }
    log(`${entries}: ${projects.map((p) => p.name).join(', ')} builds, side by side, ${rounds} round(s)`);
    const builds = await sideBySide(projects);
    const dist = path.join(site, 'dist');

    const figures: SizeFigures = {
      corpus,
      entries: content.total,
      build: builds.get('ours')!,
      baseline: builds.get('baseline'),
      starlight: builds.get('starlight'),
      versus: values.versus ? { ...builds.get('versus')!, ref: values.versus } : undefined,
      checkMs: check.wallMs,
      dist: await folderSize(dist),
      pagefind: await folderSize(path.join(dist, 'pagefind')),
      heaviestEntryPages: await heaviestEntryPages(dist, COLLECTIONS, 3, content.contentDir),
    };

    if (!values['no-search']) {
      log(`${entries}: first search in Chromium, ours then Pagefind's Default UI`);
      const firstQuote = (await readdir(path.join(content.contentDir, 'quotes'))).sort()[0]!.replace(/\.mdx$/, '');
      figures.search = await measureSearch(dist, QUERY, `/quotes/${firstQuote}/`);
      figures.defaultUiSearch = await measureDefaultUiSearch(dist, QUERY);
    }
    return figures;
  } finally {
    if (!values.keep) await rm(tree, { recursive: true, force: true });
  }
}

/**
 * One shape on a synthetic base tree of `entries`: the check of the shaped tree and of its flat
 * twin (the same files without the shape), and both built side by side, as `npm run build` builds.
 */
async function measureShape(entries: number, shape: Shape): Promise<ShapeFigures> {
  const folder = path.join(work, `${shape}-${entries}`);
  try {
    const trees = [];
    for (const name of ['ours', 'flat'] as const) {
      const site = path.join(folder, name);
      await mkdir(site, { recursive: true });
      const tree = await generateContent(site, { entries, seed, shape: { name: shape, flat: name === 'flat' } });
      await projectCopy(site, values.ref);
      log(`${shape} on ${entries}${name === 'flat' ? ', without the shape' : ''}: npm run check`);
      trees.push({ name, site, total: tree.total, checkMs: (await timeCheck(site, tree.contentDir)).wallMs });
    }
    log(`${shape} on ${entries}: builds with and without the shape, side by side, ${rounds} round(s)`);
    const builds = await sideBySide(
      trees.map(({ name, site }) => ({
        name,
        args: [path.join(site, 'scripts/astro.ts'), 'build', '--root', site],
        cwd: site,
      })),
    );
    const [shaped, flat] = trees;
    return {
      shape,
      baseEntries: entries,
      entries: shaped!.total,
      shaped: { checkMs: shaped!.checkMs, build: builds.get('ours')! },
      flat: { checkMs: flat!.checkMs, build: builds.get('flat')! },
    };
  } finally {
    if (!values.keep) await rm(folder, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function print(figures: SizeFigures): void {
  const rows: [string, string][] = [
    ['corpus', CORPUS_LABELS[figures.corpus]],
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
  for (const [label, other] of [
    [`our site at ${figures.versus?.ref}`, figures.versus],
    ['plain Astro', figures.baseline],
    ['Starlight', figures.starlight],
  ] as const) {
    if (!other) continue;
    const runs = other.runsMs.length > 1 ? ` (median of ${other.runsMs.map(s).join(', ')})` : '';
    rows.push([`${label} build`, `${s(other.wallMs)}${runs}, ${mb(other.peakRssBytes)}`]);
    rows.push([`our build / ${label}`, `${(figures.build.wallMs / other.wallMs).toFixed(2)}×`]);
  }
  // Per-entry cost: the build's time over its entries, fixed costs included.
  const perEntry = (build?: BuildFigures) => (build ? `${(build.wallMs / figures.entries).toFixed(1)} ms` : '–');
  rows.push([
    'ms per entry: ours / plain / Starlight',
    [figures.build, figures.baseline, figures.starlight].map(perEntry).join(' / '),
  ]);
  for (const [key, label] of PHASE_LABELS) {
    const phase = (build?: BuildFigures) => (build?.phases ? s(build.phases[key] ?? 0) : '–');
    rows.push([`  ${label}`, [figures.build, figures.baseline, figures.starlight].map(phase).join(' / ')]);
  }
  const reported = figures.build.phases;
  if (reported?.checkMs !== undefined || reported?.pagefindMs !== undefined) {
    rows.push([
      '  of which the check / Pagefind (ours; Starlight Pagefind)',
      `${s(reported.checkMs ?? 0)} / ${s(reported.pagefindMs ?? 0)}; ${s(figures.starlight?.phases?.pagefindMs ?? 0)}`,
    ]);
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
  const defaultUi = figures.defaultUiSearch;
  if (defaultUi) {
    rows.push([
      "Pagefind's Default UI, same query",
      `${defaultUi.msToFirstResult} ms to first result (300 ms debounce included); ${kb(defaultUi.bytes)} sent, ${defaultUi.requests} files`,
    ]);
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value}`);
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
};
log(`machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGB} GB, Node ${machine.node}`);
/** Which code was measured: a ref's commit, or the working tree on top of one. */
const head = execFileSync('git', ['rev-parse', '--short', values.ref ?? 'HEAD'], {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
}).trim();
const site = values.ref ? `${values.ref} (${head})` : `working tree on ${head}`;
log(`measuring the site from: ${site}`);
const out = path.resolve(
  PROJECT_ROOT,
  values.out ?? (values.shapes ? 'docs/performance-shapes.json' : 'docs/performance.json'),
);
/** Written after every size, so a long run that fails at 10,000 still leaves what it measured. */
async function save(results: (SizeFigures | ShapeFigures)[], verdicts: Verdict[]): Promise<void> {
  const method = {
    rounds,
    seed,
    corpora: values.shapes ? ['synthetic'] : corpora,
    recordEntries,
    coldBuilds: true,
    peersInstalledWith: 'npm ci from scripts/bench/peers/',
  };
  const record = {
    date: new Date().toISOString(),
    machine,
    site,
    method,
    query: QUERY,
    sizes: results,
    budgets: verdicts,
  };
  await writeFile(out, `${JSON.stringify(record, null, 2)}\n`);
}

function printVerdicts(verdicts: Verdict[]): void {
  console.log('\nBudgets');
  for (const verdict of verdicts)
    console.log(`  ${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.budget}: ${verdict.measured}`);
}

try {
  if (values.shapes) {
    const shapes = values.shape.split(',') as Shape[];
    const unknown = shapes.filter((shape) => !(shape in SHAPES));
    if (unknown.length)
      throw new Error(`unknown shape(s) ${unknown.join(', ')}: use ${Object.keys(SHAPES).join(', ')}`);
    const results: ShapeFigures[] = [];
    for (const size of sizes) {
      for (const shape of shapes) {
        const figures = await measureShape(size, shape);
        results.push(figures);
        console.log(`\n${shape} (${SHAPES[shape].toLocaleString('en-GB')}) on ${size.toLocaleString('en-GB')} entries`);
        for (const [label, run] of [
          ['with the shape', figures.shaped],
          ['without', figures.flat],
        ] as const) {
          console.log(
            `  ${label.padEnd(14)}  check ${(run.checkMs / 1000).toFixed(2)} s, build ${s(run.build.wallMs)}`,
          );
        }
        await save(results, judgeShapes(results));
      }
    }
    printVerdicts(judgeShapes(results));
  } else {
    const results: SizeFigures[] = [];
    for (const corpus of corpora) {
      for (const size of sizes) {
        if (corpus === 'record' && size < recordEntries) {
          log(`${CORPUS_LABELS[corpus]}, ${size}: left out, the record alone has ${recordEntries} entries`);
          continue;
        }
        const figures = await measureSize(corpus, size);
        results.push(figures);
        console.log(`\n${size.toLocaleString('en-GB')} entries, ${CORPUS_LABELS[corpus]}`);
        print(figures);
        await save(results, judge(results));
      }
    }
    printVerdicts(judge(results));
  }
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}
log(`wrote ${path.relative(PROJECT_ROOT, out)}`);
