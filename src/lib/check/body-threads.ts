/**
 * Spreads the body checks over worker threads. Parsing the bodies is most of the check's time, and
 * they are independent, so for a large tree the other cores take a share while this thread reads
 * the YAML; this thread then checks its own share. Results come back in order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type BodyCheck, checkBody } from './body-check.ts';

/**
 * Below this many bodies, starting a worker (loading the parser again) costs more than it saves:
 * it did at 2,000 and did not at 10,000 (docs/performance.md); the crossover between is a guess.
 */
export const THREADS_FROM = 5000;

/** This thread also parses every file's YAML, so it takes a smaller share of bodies than a worker. */
const MAIN_WEIGHT = 0.8;

/** CHECK_THREADS=n overrides the choice (0: none), e.g. to try the workers on a small tree. */
export function defaultThreads(
  bodies: number,
  env: Record<string, string | undefined> = process.env,
  cores = availableParallelism(),
): number {
  const forced = env.CHECK_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced);
  // This thread checks bodies too, so it keeps a core of its own.
  return bodies < THREADS_FROM ? 0 : Math.min(cores - 1, 3);
}

interface BodyChecks {
  /** Checks this thread's share, waits for the workers, and returns one result per body, in order. */
  finish(): Promise<BodyCheck[]>;
}

function runWorker(bodies: string[]): Promise<BodyCheck[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./body-worker.ts', import.meta.url), { workerData: bodies });
    worker.once('message', (results: BodyCheck[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a body-check worker stopped with exit code ${code}`));
    });
  });
}

/** Hands each worker its share at once; call `finish()` after this thread's other work. */
export function startBodyChecks(bodies: string[], threads = defaultThreads(bodies.length)): BodyChecks {
  if (threads <= 0) return { finish: async () => bodies.map(checkBody) };
  // Deal the bodies out in a repeating pattern, so every share gets long and short bodies alike.
  const slots = 20;
  const mainSlots = Math.round((slots * MAIN_WEIGHT) / (threads + MAIN_WEIGHT));
  const owner = (index: number) => {
    const slot = index % slots;
    return slot < mainSlots ? 0 : 1 + ((slot - mainSlots) % threads);
  };
  const shares: number[][] = Array.from({ length: threads + 1 }, () => []);
  bodies.forEach((_, index) => shares[owner(index)]!.push(index));
  const workers = shares.slice(1).map((indexes) => runWorker(indexes.map((index) => bodies[index]!)));
  // Keep an early worker failure from surfacing as an unhandled rejection before finish() awaits it.
  workers.forEach((worker) => worker.catch(() => undefined));

  return {
    async finish() {
      const results: BodyCheck[] = new Array(bodies.length);
      for (const index of shares[0]!) results[index] = checkBody(bodies[index]!);
      const done = await Promise.all(workers);
      done.forEach((share, w) =>
        share.forEach((result, i) => {
          results[shares[w + 1]![i]!] = result;
        }),
      );
      return results;
    },
  };
}
