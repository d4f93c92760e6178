// A worker of the lab's pool: plays each job it is sent and posts back its tally.

import { parentPort } from 'node:worker_threads';
import { type Job, runJob } from './jobs';

parentPort?.on('message', (m: { id: number; job: Job }) => {
  try {
    parentPort?.postMessage({ id: m.id, tally: runJob(m.job) });
  } catch (e) {
    parentPort?.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
