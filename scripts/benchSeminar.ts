// `npm run bench:seminar`: N tables × 4 scripted clients (Washington, Seoul, Tokyo, facilitator)
// against a seminar server in its own process on 127.0.0.1. Each table plays a whole July Window
// as fast as its seats can answer, or with --think ms (±50%, at random) between moves. Prints events/s, the
// latency from a move's emit to its frame at every seat of the table (p50/p95/p99), the ack
// latency, the server's RSS, frames lost or duplicated, and checks every table's ending against
// its offline replay. --fault drops 10% of the sockets, drawn at random, each at a random point
// of its table's game, and restarts the server once at a random point; it then reads every
// table's log and matches it against what the clients sent: no acked event missing, none twice.
// The draws (victims, moments, think times) come from one seeded generator: the seed is printed,
// and --seed replays the same draws.
//
//   npm run bench:seminar -- [--tables 100] [--think 0] [--fault] [--seed n] [--fsync]

import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { loadShippedScenario } from '../src/content/catalog';
import { hashSeed, seedRng, startDraws } from '../src/model/random';
import { replayGame, snapshotHash } from '../src/report/replay';
import { parseReplay } from '../src/report/replayFile';
import { type Projection, projectFor } from '../src/server/projection';
import type { PlayMessage, Role } from '../src/server/inbound';
import { parseRecord } from '../src/server/record';
import { eventFor } from '../src/server/rights';
import { nextMove } from '../src/server/scriptedSeat';
import { tablesDir } from '../src/server/sessionStore';
import { Table } from '../src/server/table';
import { readLog } from '../src/server/tableLog';
import { encodeSession } from '../src/seminar/sessionCode';

const { values } = parseArgs({
  options: {
    tables: { type: 'string', default: '100' },
    think: { type: 'string', default: '0' },
    fault: { type: 'boolean', default: false },
    fsync: { type: 'boolean', default: false },
    seed: { type: 'string' },
    port: { type: 'string', default: '4240' },
  },
});
const N = Number(values.tables);
const THINK = Number(values.think);
const PORT = Number(values.port);
const SEED = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
if (!Number.isInteger(SEED)) throw new Error(`--seed must be an integer, not ${values.seed}`);
// The fault plan (victims, their drop points and delays, the restart point) is drawn up front from
// the seed, so a seed gives the same plan; think times come from a second stream, drawn as moves go.
const draws = startDraws(seedRng(SEED));
const rand = () => draws.next();
const thinkDraws = startDraws(seedRng(SEED ^ 0x5eed));
const root = resolve(import.meta.dirname, '..');
const data = mkdtempSync(join(tmpdir(), 'mf-bench-seminar-'));
const CODE = encodeSession({
  scenario: 'july-window',
  seed: 20261201,
  difficulty: 'normal',
  seats: { washington: 'human', seoul: 'human', tokyo: 'human' },
  preset: 45,
});
const url = `http://127.0.0.1:${PORT}`;

/** The event a seat's move becomes in the table's log (a delegation's answer gains its seat). */
function asLogged(role: Role, payload: Record<string, unknown>): Record<string, unknown> {
  const e = eventFor(role, payload as PlayMessage);
  if (!e.ok) throw new Error(e.reason);
  return e.event as unknown as Record<string, unknown>;
}

/** How many events the scripted seats send in one whole game of CODE, played here without a socket. */
function eventsPerGame(): number {
  const table = new Table(CODE, 'offline', () => 0);
  const status = () => ({
    table: 'offline',
    seq: table.seq,
    paused: false,
    deadline: null,
    remainingMs: null,
    revealed: false,
  });
  for (let moved = true; moved; ) {
    moved = false;
    for (const role of ['washington', 'seoul', 'tokyo'] as const) {
      const move = nextMove(projectFor(role, table.snapshot, status(), { log: [], undoDepth: 0 }));
      if (move && table.apply({ kind: 'play', by: role, at: 0, event: asLogged(role, move.payload) }).ok) moved = true;
    }
  }
  return table.seq;
}
const EVENTS_PER_TABLE = eventsPerGame();

// ---- the server process ----
let server!: ChildProcess;
function startServer(): Promise<void> {
  const args = [
    '--import',
    'tsx',
    'scripts/serve.ts',
    '--no-build',
    '--no-qr',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--data',
    data,
    '--tables',
    String(N),
    '--code',
    CODE,
  ];
  if (!values.fsync) args.push('--no-fsync');
  server = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveStart, reject) => {
    let out = '';
    server.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('Stop with Ctrl+C')) resolveStart();
    });
    server.once('exit', (c) => reject(new Error(`server exited (${c}) before it was ready:\n${out}`)));
  });
}
function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
async function stopServer(): Promise<void> {
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

// ---- the clients ----
const ROLES = ['washington', 'seoul', 'tokyo', 'facilitator'] as const;
interface Seat {
  role: (typeof ROLES)[number];
  socket: Socket;
  last: Projection | null;
  seen: number[];
  dropped: boolean;
  /** Fault run: the table's acked-event count at which this socket is dropped (null: never), and how many ms after. */
  dropAt: number | null;
  dropDelay: number;
}
/** One move a client sent, and what became of it: its seq, 'refused', or 'unknown' (ack lost). */
interface Sent {
  by: Role;
  event: Record<string, unknown>;
  outcome: number | 'refused' | 'unknown';
}
interface TableRun {
  id: string;
  seats: Seat[];
  inflight: boolean;
  /** The table's seq when the move in flight was sent; frames past it are that move's. */
  baseSeq: number;
  emitAt: number;
  acked: number[];
  sent: Sent[];
  done: boolean;
}

const latencies: number[] = [];
const ackLatencies: number[] = [];
let events = 0;
let refusals = 0;
const tablesRun: TableRun[] = [];
let allDone: () => void;
const finished = new Promise<void>((r) => (allDone = r));

function act(t: TableRun): void {
  if (t.inflight || t.done || t.seats.length < 4 || t.seats.some((x) => !x.last)) return;
  for (const s of t.seats) {
    if (!s.last || !s.socket.connected) continue;
    const move = nextMove(s.last);
    if (!move) continue;
    t.inflight = true;
    const go = () => {
      const emitAt = performance.now();
      t.emitAt = emitAt;
      t.baseSeq = Math.max(...t.seats.map((x) => x.last?.seq ?? 0));
      const sent: Sent = { by: s.role, event: move.payload, outcome: 'unknown' };
      t.sent.push(sent);
      s.socket
        .timeout(30_000)
        .emit(move.event, move.payload, (err: Error | null, reply: { ok: boolean; seq?: number; reason?: string }) => {
          t.inflight = false;
          if (err) return setImmediate(() => act(t)); // lost in a restart: decide again from the state
          ackLatencies.push(performance.now() - emitAt);
          if (reply.ok && reply.seq) {
            events += 1;
            t.acked.push(reply.seq);
            sent.outcome = reply.seq;
            dropDue(t);
          } else {
            refusals += 1;
            sent.outcome = 'refused';
          }
          setImmediate(() => act(t));
        });
    };
    // people do not move in step: each pause is the think time ×0.5–1.5 (uniform)
    if (THINK > 0) setTimeout(go, THINK * (0.5 + thinkDraws.next()));
    else go();
    return;
  }
}

function onFrame(t: TableRun, s: Seat, p: Projection): void {
  const before = s.last?.seq ?? 0;
  s.seen.push(p.seq);
  s.last = p;
  if (t.inflight && p.seq > t.baseSeq && before <= t.baseSeq) latencies.push(performance.now() - t.emitAt);
  if (!t.done && t.seats.every((x) => x.last?.phase === 'ended')) {
    t.done = true;
    if (tablesRun.every((x) => x.done)) allDone();
  }
  act(t);
}

function connectTable(id: string, joins: Record<string, string>, key: string): TableRun {
  const t: TableRun = { id, seats: [], inflight: false, baseSeq: 0, emitAt: 0, acked: [], sent: [], done: false };
  for (const role of ROLES) {
    let auth: Record<string, string> = role === 'facilitator' ? { key, table: id } : { join: joins[role] };
    const socket = io(url, {
      auth: (cb) => cb(auth),
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 500,
    });
    const seat: Seat = { role, socket, last: null, seen: [], dropped: false, dropAt: null, dropDelay: 0 };
    socket.on('welcome', (w: { token?: string }) => {
      if (w.token) auth = { token: w.token };
    });
    // A recovered connection replays only the frames missed, maybe none: decide again from the last
    // one, as a person at a reconnected page would (a move whose ack the drop lost is not lost twice).
    socket.on('connect', () => setImmediate(() => act(t)));
    socket.on('sync', (s: { state: Projection }) => {
      if (s.state.table === id) onFrame(t, seat, s.state);
    });
    socket.on('state', (p: Projection) => {
      if (p.table === id) onFrame(t, seat, p);
    });
    t.seats.push(seat);
  }
  return t;
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : Number.NaN;
};

// ---- the run ----
process.on('exit', () => server?.kill());
await startServer();
const meta = JSON.parse(readFileSync(join(data, 'session.json'), 'utf8')) as {
  key: string;
  tables: { id: string; joins: Record<string, string> }[];
};
const idle = rssMb(server.pid!);
const t0 = performance.now();
for (const t of meta.tables) tablesRun.push(connectTable(t.id, t.joins, meta.key));
let peakRss = 0;
const sampler = setInterval(() => {
  try {
    peakRss = Math.max(peakRss, rssMb(server.pid!).rss);
  } catch {}
}, 250);

let restarted = false;
let dropped = 0;
let restartAt = 0;
/** A fingerprint of the fault plan: the same seed (and table count) prints the same one. */
let planId = '';
/** Fault run: drop every socket of `t` whose moment has come, a few ms later (so some drop mid-move). */
function dropDue(t: TableRun): void {
  for (const v of t.seats)
    if (v.dropAt !== null && t.acked.length >= v.dropAt) {
      v.dropAt = null;
      setTimeout(() => {
        v.dropped = true;
        dropped += 1;
        v.socket.io.engine?.close();
      }, v.dropDelay);
    }
}
if (values.fault) {
  // 10% of all sockets, drawn at random (a partial Fisher–Yates shuffle); each drops when its table
  // has accepted a random number of events in the first 90% of a game; the server restarts once,
  // when all tables together have accepted a random 20–60% of their events.
  const all = tablesRun.flatMap((t) => t.seats);
  const count = Math.round(all.length / 10);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rand() * (all.length - i));
    [all[i], all[j]] = [all[j], all[i]];
    all[i].dropAt = 1 + Math.floor(rand() * EVENTS_PER_TABLE * 0.9);
    all[i].dropDelay = 20 * rand();
  }
  const plan = tablesRun.flatMap((t) =>
    t.seats.filter((s) => s.dropAt !== null).map((s) => `${t.id}:${s.role}@${s.dropAt}`),
  );
  const total = () => tablesRun.reduce((n, t) => n + t.acked.length, 0);
  const target = Math.round(N * EVENTS_PER_TABLE * (0.2 + 0.4 * rand()));
  restartAt = target;
  planId = `${(hashSeed(`${plan.join(',')};${target}`) >>> 0).toString(16).padStart(8, '0')}`;
  const restartWhen = setInterval(async () => {
    if (total() < target || restarted) return;
    restarted = true;
    clearInterval(restartWhen);
    await stopServer();
    await startServer();
  }, 50);
}

// a line every 10 s while it runs, naming tables that made no progress
let lastEvents = -1;
const progress = setInterval(() => {
  const done = tablesRun.filter((t) => t.done).length;
  const stuck =
    lastEvents === events
      ? tablesRun
          .filter((t) => !t.done)
          .slice(0, 5)
          .map(
            (t) =>
              `${t.id}:${t.seats.map((x) => `${x.role[0]}${x.last?.phase ?? '-'}${x.socket.connected ? '' : '(off)'}`).join('/')}${t.inflight ? '*' : ''}`,
          )
      : [];
  console.error(
    `  … ${events} events, ${done}/${N} tables ended${stuck.length ? `; no progress: ${stuck.join(' ')}` : ''}`,
  );
  lastEvents = events;
}, 10_000);
await finished;
clearInterval(progress);
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
const end = rssMb(server.pid!);

// every table's ending equals the offline replay of its decisions
const scenario = loadShippedScenario('july-window');
if (!scenario.ok) throw new Error('scenario');
let mismatches = 0;
let lostAcked = 0;
for (const t of tablesRun) {
  const fac = t.seats[3].socket; // the table's own facilitator socket (each has its own rate limit)
  const reply = (await fac.emitWithAck('export', { kind: 'replay', table: t.id })) as {
    ok: boolean;
    text: string;
    reason?: string;
  };
  if (!reply.ok) throw new Error(`export of table ${t.id}: ${reply.reason}`);
  const parsed = parseReplay(reply.text);
  if (!parsed.ok) throw new Error(parsed.message);
  const run = replayGame(parsed.replay, () => scenario.value);
  if (!run.ok) throw new Error(run.message);
  const ending = t.seats[0].last?.ending;
  if (!ending || snapshotHash(run.context) !== ending.hash) mismatches += 1;
  const finalSeq = t.seats[3].last!.seq;
  lostAcked += t.acked.filter((s) => s > finalSeq).length;
}
// every table's log against what its clients sent: an acked event sits at its seq, by its seat,
// as sent (else it is lost); every other record is one send whose ack was lost, each used once
// (else it is a duplicate)
const canon = (v: unknown): string =>
  JSON.stringify(v, (_, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x,
  );
let lostEvents = 0;
let dupEvents = 0;
let unknownAcks = 0;
for (const t of tablesRun) {
  const log = readLog(join(tablesDir(data), `${t.id}.jsonl`), parseRecord);
  if (log.problem) throw new Error(`table ${t.id}: ${log.problem}`);
  const bySeq = new Map(log.records.map((r) => [r.seq, r]));
  const key = (by: string, event: unknown) => `${by} ${canon(event)}`;
  const explained = new Set<number>();
  for (const x of t.sent) {
    if (typeof x.outcome !== 'number') continue;
    const r = bySeq.get(x.outcome);
    if (r?.kind !== 'play' || key(r.by, r.event) !== key(x.by, asLogged(x.by, x.event))) lostEvents += 1;
    else explained.add(r.seq);
  }
  const unacked = new Map<string, number>();
  for (const x of t.sent)
    if (x.outcome === 'unknown') {
      unknownAcks += 1;
      const k = key(x.by, asLogged(x.by, x.event));
      unacked.set(k, (unacked.get(k) ?? 0) + 1);
    }
  for (const r of log.records) {
    if (explained.has(r.seq)) continue;
    const k = r.kind === 'play' ? key(r.by, r.event) : `${r.kind}`;
    const left = unacked.get(k) ?? 0;
    if (left > 0) unacked.set(k, left - 1);
    else dupEvents += 1;
  }
  if (log.records.length !== t.seats[3].last!.seq) lostEvents += Math.abs(log.records.length - t.seats[3].last!.seq);
}

let lost = 0;
let dup = 0;
for (const t of tablesRun)
  for (const s of t.seats) {
    if (s.dropped || restarted) continue;
    const seen = new Set<number>();
    for (const q of s.seen) {
      if (seen.has(q) && q !== 0) dup += 1;
      seen.add(q);
    }
    const final = s.last!.seq;
    for (let q = s.seen[0] + 1; q <= final; q++) if (!seen.has(q)) lost += 1;
  }

const f1 = (n: number) => n.toFixed(1);
console.log(
  `bench:seminar  ${N} tables × 4 clients, July Window (8 months, ${EVENTS_PER_TABLE} events a game), think ${THINK} ms, fsync ${values.fsync ? 'on' : 'off'}, seed ${SEED}`,
);
if (values.fault)
  console.log(
    `  FAULT: ${dropped} of ${N * 4} sockets dropped at random moments; server restarted ${restarted ? `once, after ${restartAt} accepted events` : 'never'}; plan ${planId} (again: --fault --seed ${SEED})`,
  );
console.log(
  `  accepted events   ${events} in ${f1(seconds)} s = ${f1(events / seconds)} events/s (${refusals} refused)`,
);
console.log(
  `  event→frame ms    p50 ${f1(pct(latencies, 0.5))}  p95 ${f1(pct(latencies, 0.95))}  p99 ${f1(pct(latencies, 0.99))}  (${latencies.length} frames at seats)`,
);
console.log(
  `  ack ms            p50 ${f1(pct(ackLatencies, 0.5))}  p95 ${f1(pct(ackLatencies, 0.95))}  p99 ${f1(pct(ackLatencies, 0.99))}`,
);
console.log(
  `  server RSS MB     idle ${f1(idle.rss)}  peak (sampled) ${f1(Math.max(peakRss, end.rss))}  end ${f1(end.rss)}`,
);
console.log(
  restarted
    ? `  frames lost/duplicated: not counted (the restart resyncs every socket); acked events lost ${lostAcked}`
    : `  frames lost ${lost}, duplicated ${dup}${values.fault ? ' (on sockets never dropped)' : ''}; acked events lost ${lostAcked}`,
);
console.log(
  `  events in the logs vs sent: lost ${lostEvents}, duplicated ${dupEvents} (${unknownAcks} sends whose ack was lost)`,
);
console.log(`  endings equal to the offline replay: ${N - mismatches}/${N}`);
for (const t of tablesRun) for (const s of t.seats) s.socket.close();
await stopServer();
rmSync(data, { recursive: true, force: true });
process.exit(mismatches || lost || dup || lostAcked || lostEvents || dupEvents || (values.fault && !restarted) ? 1 : 0);
