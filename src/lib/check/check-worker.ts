/** Worker thread for off-thread.ts: runs the whole content check and posts its result back as JSON. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './index.ts';

const { projectRoot } = workerData as { projectRoot: string };
// JSON, as the graph's module will carry the entries: what passes here is what the pages read.
parentPort!.postMessage(JSON.stringify(await checkContent(projectRoot)));
