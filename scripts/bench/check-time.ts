/**
 * Times `npm run check` on a synthetic tree: generates it (or reuses --content), then runs
 * scripts/check.ts in a fresh process several times, as a contributor or CI would, and prints the
 * wall time of each run and the median. Exits 1 if the median is over the budget.
 *
 *   node scripts/bench/check-time.ts [--entries 10000] [--runs 5] [--budget 5] [--content <folder>]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateContent } from './generate-content.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    budget: { type: 'string', default: '5' },
    content: { type: 'string' },
  },
});
const check = fileURLToPath(new URL('../check.ts', import.meta.url));

let root: string | undefined;
let contentDir = values.content ? path.resolve(values.content) : '';
if (!contentDir) {
  root = await mkdtemp(path.join(tmpdir(), 'ept-check-time-'));
  const tree = await generateContent(root, { entries: Number(values.entries) });
  contentDir = tree.contentDir;
  console.log(`generated ${tree.total} entries in ${contentDir}`);
}

const times: number[] = [];
for (let run = 1; run <= Number(values.runs); run++) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [check, '--content', contentDir], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`the check failed on the generated tree (exit ${result.status})`);
  }
  times.push(seconds);
  console.log(`run ${run}: ${seconds.toFixed(2)} s — ${result.stdout.trim()}`);
}
if (root) await rm(root, { recursive: true, force: true });

const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
console.log(`median ${median.toFixed(2)} s over ${times.length} runs (budget ${values.budget} s)`);
if (median > Number(values.budget)) process.exitCode = 1;
