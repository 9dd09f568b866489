/**
 * Where a build's main-thread time goes, by what the code is: runs `astro build` on a project under
 * Node's CPU profiler and sums each sample's self time by the package (or part of Astro) it fell
 * in. Rolldown's native threads and Pagefind's indexer do not show in a V8 profile: the main
 * thread waiting on them counts as "(idle)".
 *
 *   node scripts/bench/profile-build.ts <project root> [--top 25]
 *
 * e.g. on a tree `npm run bench -- --sizes 2000 --keep` kept: <work>/site, <work>/starlight.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

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

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' } },
  });
  const root = positionals[0];
  if (!root) {
    console.error('usage: node scripts/bench/profile-build.ts <project root>');
    process.exit(2);
  }
  const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  const dir = await mkdtemp(path.join(tmpdir(), 'ept-profile-'));
  await rm(path.join(root, 'dist'), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, astro, 'build', '--root', root], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  const totals = [...(await profileByCategory(dir))].sort((a, b) => b[1] - a[1]);
  const sampled = totals.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`${root}: ${(wallMs / 1000).toFixed(1)} s wall (profiled), ${(sampled / 1000).toFixed(1)} s sampled`);
  for (const [name, ms] of totals.slice(0, Number(values.top)))
    console.log(
      `  ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / sampled).toFixed(1).padStart(5)}%  ${name}`,
    );
  await rm(dir, { recursive: true, force: true });
}
