// Runs lab jobs on several cores with node:worker_threads (each worker loads the TypeScript
// through tsx, as the lab's scripts run), or in this thread when one worker is asked for (tests).
// Long jobs are split into chunks of games so the cores finish together; the chunks' tallies are
// merged back in job order, so the result does not depend on the number of workers.

import { Worker } from 'node:worker_threads';
import { type Job, runJob } from './jobs';
import { merge, type Tally } from './tally';

export interface PoolOptions {
  workers: number;
  /** Most games per chunk sent to a worker. */
  chunk?: number;
  /** Called after each finished chunk with the games done and the games in all. */
  progress?: (done: number, total: number) => void;
}

function split(jobs: readonly Job[], chunk: number): { job: Job; owner: number }[] {
  const out: { job: Job; owner: number }[] = [];
  jobs.forEach((job, owner) => {
    for (let from = job.from; from < job.to; from += chunk) {
      out.push({ job: { ...job, from, to: Math.min(job.to, from + chunk) }, owner });
    }
  });
  return out;
}

function startWorker(): Worker {
  const url = new URL('./searchWorker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true });
}

export async function runJobs(jobs: readonly Job[], opts: PoolOptions): Promise<Tally[]> {
  const pieces = split(jobs, Math.max(1, opts.chunk ?? 100));
  const results: Tally[] = new Array(pieces.length);
  const total = pieces.reduce((n, p) => n + p.job.to - p.job.from, 0);
  let done = 0;
  const finished = (i: number, t: Tally) => {
    results[i] = t;
    done += pieces[i].job.to - pieces[i].job.from;
    opts.progress?.(done, total);
  };
  if (opts.workers <= 1) {
    pieces.forEach((p, i) => {
      finished(i, runJob(p.job));
    });
  } else {
    let next = 0;
    const workers = Array.from({ length: Math.min(opts.workers, pieces.length) }, startWorker);
    try {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              const send = () => {
                if (next >= pieces.length) return resolve();
                const id = next++;
                w.postMessage({ id, job: pieces[id].job });
              };
              w.on('message', (m: { id: number; tally?: Tally; error?: string }) => {
                if (m.error !== undefined || !m.tally) return reject(new Error(m.error ?? 'worker sent no tally'));
                finished(m.id, m.tally);
                send();
              });
              w.on('error', reject);
              send();
            }),
        ),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
  const out: Tally[] = [];
  pieces.forEach((p, i) => {
    out[p.owner] = out[p.owner] ? merge(out[p.owner], results[i]) : results[i];
  });
  return out;
}
