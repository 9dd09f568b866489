/** Worker thread for body-threads.ts: checks the bodies it is handed and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkBody } from './body-check.ts';

parentPort!.postMessage((workerData as string[]).map(checkBody));
