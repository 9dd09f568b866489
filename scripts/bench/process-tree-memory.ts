/**
 * Peak memory of a command and everything it starts, sampled from /proc: the sum of the resident
 * set sizes of the process tree. GNU time's %M reports only the largest single process, which
 * misses Pagefind's indexer and any workers running beside Node.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name, in parentheses, may hold spaces: the parent pid is the 2nd field after it.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const siblings = byParent.get(ppid) ?? [];
      siblings.push(Number(name));
      byParent.set(ppid, siblings);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function treeRssBytes(root: number): number {
  const byParent = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Ended.
    }
    stack.push(...(byParent.get(pid) ?? []));
  }
  return total;
}

export interface RunResult {
  status: number | null;
  wallMs: number;
  peakRssBytes: number;
  output: string;
  /** Each output line with when it arrived, in ms after the start: build-phases.ts reads them. */
  lines: { atMs: number; text: string }[];
}

/** Runs a command to completion, timing it and sampling its tree's memory every `intervalMs`. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; intervalMs?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const lines: RunResult['lines'] = [];
    const collect = (chunk: Buffer) => {
      output += chunk;
      const atMs = performance.now() - started;
      for (const text of String(chunk).split('\n')) if (text.trim()) lines.push({ atMs, text });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
    }, options.intervalMs ?? 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, wallMs: performance.now() - started, peakRssBytes: peak, output, lines });
    });
  });
}
