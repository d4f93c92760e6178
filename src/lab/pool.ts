// Runs lab jobs on several cores with node:worker_threads (each worker loads the TypeScript
// through tsx, as the lab's scripts run), or in this thread when one worker is asked for (tests).
// Long jobs are split into chunks of games so the cores finish together; the chunks' tallies are
// merged back in job order, so the result does not depend on the number of workers. A pool can be
// opened once and reused across runs (workers take about a second to start).

import { Worker } from 'node:worker_threads';
import { type Job, runJob } from './jobs';
import { merge, type Tally } from './tally';

export interface Pool {
  workers: number;
  run(jobs: readonly Job[], opts?: RunOptions): Promise<Tally[]>;
  close(): Promise<void>;
}

export interface RunOptions {
  /** Most games per chunk sent to a worker. */
  chunk?: number;
  /** Called after each finished chunk with the games done and the games in all. */
  progress?: (done: number, total: number) => void;
}

export interface PoolOptions extends RunOptions {
  workers: number;
  /** A pool to reuse; one is opened and closed for the run otherwise. */
  pool?: Pool;
}

interface Piece {
  job: Job;
  owner: number;
}

function split(jobs: readonly Job[], chunk: number): Piece[] {
  const out: Piece[] = [];
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

type Reply = { id: number; tally?: Tally; error?: string };

/** Plays the pieces on `workers` (in this thread when there are none) and merges them per job. */
async function play(jobs: readonly Job[], workers: readonly Worker[], opts: RunOptions): Promise<Tally[]> {
  const pieces = split(jobs, Math.max(1, opts.chunk ?? 100));
  const results: Tally[] = new Array(pieces.length);
  const total = pieces.reduce((n, p) => n + p.job.to - p.job.from, 0);
  let done = 0;
  const finished = (i: number, t: Tally) => {
    results[i] = t;
    done += pieces[i].job.to - pieces[i].job.from;
    opts.progress?.(done, total);
  };
  if (!workers.length) {
    pieces.forEach((p, i) => {
      finished(i, runJob(p.job));
    });
  } else {
    let next = 0;
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= pieces.length) {
                w.off('message', onMessage);
                w.off('error', reject);
                return resolve();
              }
              const id = next++;
              w.postMessage({ id, job: pieces[id].job });
            };
            const onMessage = (m: Reply) => {
              if (m.error !== undefined || !m.tally) return reject(new Error(m.error ?? 'worker sent no tally'));
              finished(m.id, m.tally);
              send();
            };
            w.on('message', onMessage);
            w.on('error', reject);
            send();
          }),
      ),
    );
  }
  const out: Tally[] = [];
  pieces.forEach((p, i) => {
    out[p.owner] = out[p.owner] ? merge(out[p.owner], results[i]) : results[i];
  });
  return out;
}

export function openPool(workers: number): Pool {
  const threads = workers > 1 ? Array.from({ length: workers }, startWorker) : [];
  return {
    workers,
    run: (jobs, opts = {}) => play(jobs, threads, opts),
    close: async () => {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}

export async function runJobs(jobs: readonly Job[], opts: PoolOptions): Promise<Tally[]> {
  if (opts.pool) return opts.pool.run(jobs, opts);
  const pool = openPool(opts.workers);
  try {
    return await pool.run(jobs, opts);
  } finally {
    await pool.close();
  }
}
