/**
 * Where one build's time goes: by phase (build-phases.ts), by kind of page rendered (page-kinds.ts:
 * entry pages, actor pages, timelines, feeds, open data), the Pagefind step that writes the search
 * records, and, on the main thread, by what the code is: the build runs under Node's CPU profiler
 * and each sample's self time is summed by the package (or part of Astro) it fell in. Rolldown's
 * native threads and Pagefind's indexer do not show in a V8 profile: the main thread waiting on
 * them counts as "(idle)".
 *
 *   node scripts/bench/profile-build.ts --corpus record --entries 10000   (writes the tree and our site first)
 *   node scripts/bench/profile-build.ts <project root> [--top 25] [--no-cpu-prof]
 *
 * A project root: one `npm run bench -- --keep` kept (<work>/<corpus>-<size>/site, <work>/starlight).
 * Run it alone on the machine, as the bench.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Corpus } from './budgets.ts';
import { buildPhases, PHASE_LABELS } from './build-phases.ts';
import { generateContent } from './generate-content.ts';
import { growRecord } from './grow-record.ts';
import { pageKindTimes } from './page-kinds.ts';
import { astroCli, clearBuildState } from './peer-install.ts';
import { runMeasured } from './process-tree-memory.ts';
import { PROJECT_ROOT, projectCopy } from './site-copy.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What a frame's code is, from its file: first match wins. */
const CATEGORIES: [RegExp, string][] = [
  [/\/dist\/\.prerender\/|\/dist\/chunks\/|prerender-entry/, 'rendering: the compiled pages and components'],
  [/\/src\//, 'the project’s own src/ (integrations, check, graph)'],
  [
    /node_modules\/(@mdx-js|micromark|mdast-|remark-|rehype-|retext-|hast|nlcst-|parse-latin|parse5|unified|estree-|acorn|recma-|astring|vfile|unist-|trough|zwitch|bail|devlop|stringify-entities|character-entities|decode-named|property-information|space-separated|comma-separated|web-namespaces|ccount|longest-streak|markdown-table|@astrojs\/markdown-remark)/,
    'MDX/Markdown compile (unified: micromark, remark, rehype, recma)',
  ],
  [/node_modules\/(satteri|@astrojs\/markdown-satteri|@satteri)/, 'MDX/Markdown compile (Sätteri)'],
  [/node_modules\/(rolldown|@rolldown|vite)\//, 'Vite/Rolldown (JavaScript side)'],
  [/node_modules\/astro\/dist\/content\//, 'Astro content layer'],
  [/node_modules\/astro\/dist\/(runtime|core\/render|core\/app)\//, 'Astro rendering runtime'],
  [
    /node_modules\/(@astrojs\/compiler|@astrojs\/compiler-rs|@astrojs\/compiler-binding)/,
    'Astro compiler (.astro files)',
  ],
  [/node_modules\/astro\//, 'Astro, other (build orchestration, plugins)'],
  [/node_modules\/(@astrojs\/mdx)\//, '@astrojs/mdx glue'],
  [/node_modules\/(zod|js-yaml|yaml)\//, 'schemas and YAML'],
  [/node_modules\/(pagefind|@pagefind)/, 'Pagefind (JavaScript side)'],
  [
    /node_modules\/(@astrojs\/starlight|astro-expressive-code|@expressive-code|shiki|@shikijs|i18next)/,
    'Starlight, Expressive Code, Shiki',
  ],
];

/**
 * A frame's category; Node's own code and native functions (JSON.parse, fs, a Rolldown binding)
 * count for the code that called them, so the time lands on the package that asked for it.
 */
function categories(nodes: ProfileNode[]): Map<number, string> {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const result = new Map<number, string>();
  const of = (id: number): string => {
    const known = result.get(id);
    if (known) return known;
    const { url, functionName } = byId.get(id)!.callFrame;
    let name: string;
    if (!url && functionName.startsWith('('))
      name = functionName; // (idle), (garbage collector), (program)
    else if (url && !/^node:|^internal\//.test(url))
      name =
        CATEGORIES.find(([pattern]) => pattern.test(url))?.[1] ??
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
        'other';
    else {
      const up = parent.get(id);
      name = up === undefined || byId.get(up)!.callFrame.functionName === '(root)' ? 'Node itself' : of(up);
    }
    result.set(id, name);
    return name;
  };
  for (const node of nodes) of(node.id);
  return result;
}

/** Self time in ms per category, over every profile in `dir` (the CLI may start more than one process). */
export async function profileByCategory(dir: string): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Profile;
    const byId = categories(profile.nodes);
    profile.samples.forEach((id, i) => {
      const name = byId.get(id) ?? 'other';
      totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return totals;
}

/** Our site with a tree of `entries` of `corpus`, written into a fresh temporary folder. */
async function siteWithTree(corpus: Corpus, entries: number, seed: number): Promise<string> {
  const site = await mkdtemp(path.join(tmpdir(), `ept-profile-${corpus}-${entries}-`));
  if (corpus === 'synthetic') await generateContent(site, { entries, seed });
  else await growRecord(site, { entries, seed, from: path.join(PROJECT_ROOT, 'content') });
  await projectCopy(site);
  return site;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '25' },
      corpus: { type: 'string' },
      entries: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      'no-cpu-prof': { type: 'boolean', default: false },
    },
  });
  const made = values.corpus
    ? await siteWithTree(values.corpus as Corpus, Number(values.entries), Number(values.seed))
    : undefined;
  const root = made ?? positionals[0];
  if (!root || (values.corpus && !['synthetic', 'record'].includes(values.corpus))) {
    console.error('usage: node scripts/bench/profile-build.ts <project root> | --corpus synthetic|record --entries N');
    process.exit(2);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'ept-profile-'));
  await clearBuildState(root);
  const profiler = values['no-cpu-prof'] ? [] : ['--cpu-prof', '--cpu-prof-dir', dir];
  const result = await runMeasured(process.execPath, [...profiler, astroCli(root), 'build', '--root', root], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output.slice(-3000)}`);
  console.log(`${root}: ${(result.wallMs / 1000).toFixed(1)} s wall${profiler.length ? ' (profiled)' : ''}`);

  const phases = buildPhases(result.lines, result.wallMs);
  if (phases) {
    console.log('\nBy phase (wall time)');
    for (const [key, label] of PHASE_LABELS) console.log(`  ${seconds(phases[key] ?? 0)}  ${label}`);
    if (phases.checkMs !== undefined) console.log(`  ${seconds(phases.checkMs)}  of which the content check`);
    if (phases.pagefindMs !== undefined)
      console.log(`  ${seconds(phases.pagefindMs)}  of which the search records and index (Pagefind)`);
  }

  const kinds = pageKindTimes(result.output);
  const pageMs = kinds.reduce((sum, k) => sum + k.ms, 0);
  console.log('\nRendering by kind of page (each page start to end, several at once: read the shares)');
  for (const { kind, pages, ms } of kinds)
    console.log(
      `  ${seconds(ms)}  ${((100 * ms) / (pageMs || 1)).toFixed(1).padStart(5)}%  ${String(pages).padStart(6)} pages  ${kind}`,
    );

  if (profiler.length) {
    const totals = [...(await profileByCategory(dir))].sort((a, b) => b[1] - a[1]);
    const sampled = totals.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`\nMain thread by code (${(sampled / 1000).toFixed(1)} s sampled)`);
    for (const [name, ms] of totals.slice(0, Number(values.top)))
      console.log(`  ${seconds(ms)}  ${((100 * ms) / sampled).toFixed(1).padStart(5)}%  ${name}`);
  }
  await rm(dir, { recursive: true, force: true });
  if (made) console.log(`\nthe site and its tree are kept in ${made}`);
}
