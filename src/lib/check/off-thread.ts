/**
 * The content check on a worker thread, so that in a build it runs beside Astro's own start-up and
 * content sync on the other core instead of before them. The result comes back as JSON, as the
 * checked entries reach the pages anyway (src/integrations/content-check.ts).
 */
import { Worker } from 'node:worker_threads';
import type { CheckResult } from './index.ts';

export function checkContentOffThread(projectRoot: string): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { projectRoot } });
    worker.once('message', (json: string) => resolve(JSON.parse(json) as CheckResult));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the content check's worker stopped with exit code ${code}`));
    });
  });
}
