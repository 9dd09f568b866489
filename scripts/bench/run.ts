/**
 * `npm run bench`: builds deterministic synthetic trees of 1,000, 2,000 and 10,000 entries outside
 * the repository and prints, and writes as JSON, what the build, the check and the first search
 * cost, against a plain Astro 7 build and a Starlight build of the same MDX, built side by side,
 * and a first search with Pagefind's Default UI on the same index, with each budget as pass or fail.
 *
 *   npm run bench [-- --sizes 1000,2000,10000] [--no-baseline] [--no-starlight] [--no-search] [--out docs/performance.json]
 *   BENCH_SIZES=200 npm run bench -- --out /tmp/bench.json    (a quick try; --sizes wins over BENCH_SIZES)
 *   npm run bench -- --ref HEAD    (the committed site, when others' edits in the tree are half done)
 *   npm run bench -- --shapes [--sizes 1000] [--shape chain,signatories,quotes]
 *       (only the shapes run: each shape of content-shapes.ts on a base tree of each size, its check
 *        and build against the same files without the shape; written to docs/performance-shapes.json)
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { writeBaselineProject } from './baseline-project.ts';
import { judge, judgeShapes, type BuildFigures, type ShapeFigures, type SizeFigures, type Verdict } from './budgets.ts';
import { buildPhases, PHASE_LABELS } from './build-phases.ts';
import { measureDefaultUiSearch } from './default-ui-search.ts';
import { SHAPES, type Shape } from './content-shapes.ts';
import { generateContent } from './generate-content.ts';
import { runMeasured } from './process-tree-memory.ts';
import { measureSearch } from './search-timing.ts';
import { folderSize, heaviestEntryPages } from './site-stats.ts';
import { writeStarlightProject } from './starlight-project.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** The site as built: scripts/ for the check and the launcher `npm run build` runs (scripts/astro.ts). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];
/** A word every synthetic tree uses often, so the first search has many results to rank and show. */
const QUERY = 'encryption';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env.BENCH_SIZES ?? '1000,2000,10000' },
    'no-baseline': { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    out: { type: 'string' },
    shapes: { type: 'boolean', default: false },
    shape: { type: 'string', default: Object.keys(SHAPES).join(',') },
    keep: { type: 'boolean', default: false },
    ref: { type: 'string', default: process.env.BENCH_REF },
  },
});

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const log = (message: string) => console.log(`[bench] ${message}`);

/** The project into `root`: from the working tree, or from a git ref (`--ref`). */
async function projectCopy(root: string): Promise<void> {
  if (values.ref) {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const present = new Set(git('ls-tree', '--name-only', values.ref).split('\n'));
    const files = PROJECT_FILES.filter((file) => present.has(file)).join(' ');
    execSync(`git archive --format=tar ${values.ref} -- ${files} | tar -x -C ${JSON.stringify(root)}`, {
      cwd: PROJECT_ROOT,
    });
    await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    return;
  }
  for (const file of PROJECT_FILES) {
    const from = path.join(PROJECT_ROOT, file);
    if (existsSync(from)) await cp(from, path.join(root, file), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
}

/**
 * Small builds take seconds, so one run is at the mercy of the machine's moment: up to this size
 * each build runs three times and the median counts.
 */
const REPEAT_UP_TO = 2_000;

interface Project {
  name: 'ours' | 'baseline' | 'starlight' | 'flat';
  args: string[];
  cwd: string;
}

/**
 * Builds every project `runs` times in rounds, so that a busy spell on the machine falls on all of
 * them rather than on one. Each round starts one project later (ours, plain, Starlight; then plain,
 * Starlight, ours; …): a build pays for the disk work the one before it left, and no project should
 * always follow the same one. Per project: the median wall time, the highest peak memory, every
 * run, and the phases of the median run.
 */
async function sideBySide(runs: number, projects: Project[]): Promise<Map<Project['name'], BuildFigures>> {
  const results = new Map(projects.map((p) => [p.name, [] as Awaited<ReturnType<typeof runMeasured>>[]]));
  for (let i = 0; i < runs; i++) {
    const start = i % projects.length;
    for (const project of [...projects.slice(start), ...projects.slice(0, start)]) {
      log(`  ${project.name}, run ${i + 1} of ${runs}`);
      await rm(path.join(project.cwd, 'dist'), { recursive: true, force: true });
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
      [path.join(site, 'scripts/check.ts'), '--content', tree.contentDir],
      { cwd: PROJECT_ROOT, env },
    );
    if (check.status !== 0) throw new Error(`check failed on the synthetic tree:\n${check.output.slice(-2000)}`);

    // What `npm run build` runs: the Astro CLI through the project's launcher and memory settings.
    const ours = path.join(site, 'scripts/astro.ts');
    const projects: Project[] = [{ name: 'ours', args: [ours, 'build', '--root', site], cwd: site }];
    if (!values['no-baseline']) {
      const root = path.join(work, 'baseline');
      await writeBaselineProject(root, tree.contentDir, PROJECT_ROOT, site);
      projects.push({ name: 'baseline', args: [ASTRO, 'build', '--root', root], cwd: root });
    }
    if (!values['no-starlight']) {
      const root = path.join(work, 'starlight');
      await writeStarlightProject(root, tree.contentDir, PROJECT_ROOT);
      // The same launcher and settings as the plain baseline: the Astro CLI as it comes.
      projects.push({ name: 'starlight', args: [ASTRO, 'build', '--root', root], cwd: root });
    }
    const runs = entries <= REPEAT_UP_TO ? 3 : 1;
    log(
      `${entries}: ${projects.map((p) => p.name).join(', ')} builds, side by side${runs > 1 ? `, ${runs} rounds` : ''}`,
    );
    const builds = await sideBySide(runs, projects);
    const dist = path.join(site, 'dist');

    const figures: SizeFigures = {
      entries: tree.total,
      build: builds.get('ours')!,
      baseline: builds.get('baseline'),
      starlight: builds.get('starlight'),
      checkMs: check.wallMs,
      dist: await folderSize(dist),
      pagefind: await folderSize(path.join(dist, 'pagefind')),
      heaviestEntryPages: await heaviestEntryPages(dist, COLLECTIONS, 3, tree.contentDir),
    };

    if (!values['no-search']) {
      log(`${entries}: first search in Chromium, ours then Pagefind's Default UI`);
      figures.search = await measureSearch(dist, QUERY, '/quotes/quote-1/');
      figures.defaultUiSearch = await measureDefaultUiSearch(dist, QUERY);
    }
    return figures;
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
}

/** `npm run check` on a tree, in a fresh process as CI runs it. */
async function timeCheck(site: string, contentDir: string): Promise<number> {
  const check = await runMeasured(process.execPath, [path.join(site, 'scripts/check.ts'), '--content', contentDir], {
    cwd: PROJECT_ROOT,
    env,
  });
  if (check.status !== 0) throw new Error(`check failed on the synthetic tree:\n${check.output.slice(-2000)}`);
  return check.wallMs;
}

/**
 * One shape on a base tree of `entries`: the check of the shaped tree and of its flat twin (the same
 * files without the shape), and both built side by side, as `npm run build` builds.
 */
async function measureShape(entries: number, shape: Shape): Promise<ShapeFigures> {
  const work = await mkdtemp(path.join(tmpdir(), `ept-bench-${shape}-${entries}-`));
  try {
    const trees = [];
    for (const name of ['ours', 'flat'] as const) {
      const site = path.join(work, name);
      await mkdir(site);
      const tree = await generateContent(site, { entries, seed: 1, shape: { name: shape, flat: name === 'flat' } });
      await projectCopy(site);
      log(`${shape} on ${entries}${name === 'flat' ? ', without the shape' : ''}: npm run check`);
      trees.push({ name, site, total: tree.total, checkMs: await timeCheck(site, tree.contentDir) });
    }
    const runs = entries <= REPEAT_UP_TO ? 3 : 1;
    log(`${shape} on ${entries}: builds with and without the shape, side by side${runs > 1 ? `, ${runs} rounds` : ''}`);
    const builds = await sideBySide(
      runs,
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
  for (const [label, other] of [
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

const sizes = values.sizes.split(',').map(Number);
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
  const record = { date: new Date().toISOString(), machine, site, query: QUERY, sizes: results, budgets: verdicts };
  await writeFile(out, `${JSON.stringify(record, null, 2)}\n`);
}

function printVerdicts(verdicts: Verdict[]): void {
  console.log('\nBudgets');
  for (const verdict of verdicts)
    console.log(`  ${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.budget}: ${verdict.measured}`);
}

if (values.shapes) {
  const shapes = values.shape.split(',') as Shape[];
  const unknown = shapes.filter((shape) => !(shape in SHAPES));
  if (unknown.length) throw new Error(`unknown shape(s) ${unknown.join(', ')}: use ${Object.keys(SHAPES).join(', ')}`);
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
        console.log(`  ${label.padEnd(14)}  check ${(run.checkMs / 1000).toFixed(2)} s, build ${s(run.build.wallMs)}`);
      }
      await save(results, judgeShapes(results));
    }
  }
  printVerdicts(judgeShapes(results));
} else {
  const results: SizeFigures[] = [];
  for (const size of sizes) {
    const figures = await measureSize(size);
    results.push(figures);
    console.log(`\n${size.toLocaleString('en-GB')} entries`);
    print(figures);
    await save(results, judge(results));
  }
  printVerdicts(judge(results));
  await save(results, judge(results));
}
log(`wrote ${path.relative(PROJECT_ROOT, out)}`);
