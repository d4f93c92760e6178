// Past one machine: Debian's redis-server, started here on a free loopback port (its own temporary
// folder, no persistence), and two seminar server processes (`npm run serve` with --redis and
// --only) on one data folder, each holding one table. Frames and messages of a table held by one
// process reach the facilitator connected to the other (socket.io's Redis Streams adapter); a seat
// joins only at the process holding its table, and the console refuses a table held elsewhere,
// each with its reason. Without redis-server the test is skipped, with the reason printed, except
// under CI=true, where it must run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Projection } from '../../src/server/projection';
import { type Client, CODE, connect, tempDir } from './helpers';
import { freePort } from '../helpers/freePort';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const mustRun = process.env.CI === 'true';
if (!hasRedis) {
  const why = 'redis-server is not installed (apt-get install redis-server)';
  if (mustRun) throw new Error(`${why}: under CI=true the two-process test must run`);
  console.log(`test/server/scaleOut.test.ts skipped: ${why}`);
}

/** Spawn and resolve once `ready` appears on stdout; rejects if the process exits first. */
function started(cmd: string, args: string[], ready: string): Promise<ChildProcess> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const read = (b: Buffer) => {
      out += b.toString();
      if (out.includes(ready)) resolve(child);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (c) => reject(new Error(`${cmd} exited (${c}) before it was ready:\n${out}`)));
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  return exited;
}

describe.skipIf(!hasRedis)('two server processes sharing frames through Redis', () => {
  const tmp = tempDir();
  let redis: ChildProcess | undefined;
  const servers: ChildProcess[] = [];
  const urls: string[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    const redisPort = await freePort();
    redis = await started(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmp.dir],
      'Ready to accept connections',
    );
    // process A creates the session (two tables) and holds table 1; process B opens it and holds table 2
    for (const only of ['1', '2']) {
      const port = await freePort();
      const args = ['--import', 'tsx', 'scripts/serve.ts', '--no-build', '--no-qr', '--no-fsync', '--host'];
      args.push('127.0.0.1', '--port', String(port), '--data', tmp.dir, '--tables', '2', '--code', CODE);
      args.push('--only', only, '--redis', `redis://127.0.0.1:${redisPort}`);
      servers.push(await started(process.execPath, args, 'Stop with Ctrl+C'));
      urls.push(`http://127.0.0.1:${port}`);
    }
  }, 30_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of servers) await stop(s);
    await stop(redis);
    tmp.remove();
  });

  it('a table held by one process is heard at the other, and reached only where it is held', async () => {
    const [a, b] = urls;
    const meta = JSON.parse(readFileSync(join(tmp.dir, 'session.json'), 'utf8')) as {
      key: string;
      tables: { id: string; joins: Record<string, string> }[];
    };
    const [one, two] = meta.tables.map((t) => t.joins);
    const seat = async (url: string, auth: Record<string, string>) => {
      const c = await connect(url, auth);
      clients.push(c);
      return c;
    };
    const facilitator = await seat(a, { key: meta.key });
    // pinned by id: table 2's Washington is refused at A, with the reason, and joins at B
    await expect(connect(a, { join: two.washington }, { reconnect: false })).rejects.toThrow(
      /table 2 is held by another server process/,
    );
    const w2 = await seat(b, { join: two.washington });
    const s2 = await seat(b, { join: two.seoul });
    const w1 = await seat(a, { join: one.washington });

    // a move at B reaches the facilitator at A, and so does a message
    const heard = facilitator.until((p: Projection) => p.table === '2' && p.seq === 1);
    expect((await w2.send('play', { type: 'briefing.done' })).ok).toBe(true);
    expect((await heard).phase).toBe('planning');
    expect((await s2.send('say', { to: 'all', text: 'Seoul, heard across processes' })).ok).toBe(true);
    await expect
      .poll(() => (facilitator.said as { table: string; text: string }[]).find((m) => m.table === '2')?.text)
      .toBe('Seoul, heard across processes');
    // table 1 at A is untouched; its console works at A, table 2's is refused there with the reason
    expect(w1.last().seq).toBe(0);
    expect((await facilitator.send('console', { table: '1', action: { kind: 'pause', on: true } })).ok).toBe(true);
    await w1.until((p) => p.paused);
    const elsewhere = await facilitator.send('console', { table: '2', action: { kind: 'pause', on: true } });
    expect(elsewhere.reason).toMatch(/table 2 is held by another server process/);
    expect(w2.last().paused).toBe(false);
  });
});
