// Server test helpers: a temporary data folder, a server on 127.0.0.1:0, socket.io clients that
// keep every frame they receive, and waits that resolve on state (a frame arriving), never on time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { feed, snapshotHash } from '../../src/report/replay';
import type { Projection } from '../../src/server/projection';
import { nextMove } from '../../src/server/scriptedSeat';
import { type SeminarServer, type ServerOptions, startSeminarServer } from '../../src/server/seminarServer';
import { encodeSession } from '../../src/seminar/sessionCode';
import { sessionSetup } from '../../src/seminar/setup';
import type { GameContext, GameEvent } from '../../src/model/types';

export const CODE = encodeSession({
  scenario: 'july-window',
  seed: 4242,
  difficulty: 'normal',
  seats: { washington: 'human', seoul: 'human', tokyo: 'human' },
  preset: 45,
});

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'mf-seminar-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function serve(dataDir: string, extra: Partial<ServerOptions> = {}) {
  return startSeminarServer({ dataDir, code: CODE, tables: 1, fsync: false, ...extra });
}

export interface Client {
  socket: Socket;
  /** Every raw frame received, in order, as JSON text (for leak scans). */
  raw: string[];
  states: Projection[];
  said: unknown[];
  welcome: { role: string; token?: string; table: string | null } | null;
  last(): Projection;
  /** Resolves when a frame satisfying `pred` arrives (or already has). */
  until(pred: (p: Projection) => boolean): Promise<Projection>;
  send(event: string, payload: unknown): Promise<{ ok: boolean; reason?: string; seq?: number }>;
  close(): void;
}

export function connect(
  url: string,
  auth: Record<string, string>,
  opts: { reconnect?: boolean } = {},
): Promise<Client> {
  let creds = auth;
  const socket = io(url, {
    auth: (cb) => cb(creds),
    transports: ['websocket'],
    reconnection: opts.reconnect ?? true,
    reconnectionDelay: 20,
    reconnectionDelayMax: 200,
  });
  const waiters: { pred: (p: Projection) => boolean; resolve: (p: Projection) => void }[] = [];
  const c: Client = {
    socket,
    raw: [],
    states: [],
    said: [],
    welcome: null,
    last: () => c.states.at(-1)!,
    until: (pred) => {
      const hit = c.states.findLast((s) => pred(s));
      if (hit && hit === c.last()) return Promise.resolve(hit);
      return new Promise((resolve) => waiters.push({ pred, resolve }));
    },
    send: (event, payload) => socket.emitWithAck(event, payload),
    close: () => socket.close(),
  };
  const onState = (p: Projection) => {
    c.states.push(p);
    for (const w of [...waiters])
      if (w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
  };
  socket.onAny((name, payload) => c.raw.push(`${name}:${JSON.stringify(payload)}`));
  socket.on('welcome', (w) => {
    c.welcome = w;
    if (w.token) creds = { token: w.token };
  });
  socket.on('sync', (s: { state: Projection; said: unknown[] }) => {
    c.said = [...s.said];
    onState(s.state);
  });
  socket.on('state', onState);
  socket.on('said', (m) => c.said.push(m));
  return new Promise((resolve, reject) => {
    socket.once('sync', () => resolve(c));
    socket.once('connect_error', (err) => reject(err));
  });
}

/** Drive scripted seats until the game ends (or `stop` says so); each move waits for its ack. */
export async function playScripted(clients: Client[], stop: (p: Projection) => boolean = () => false) {
  for (let guard = 0; guard < 2000; guard++) {
    const ended = clients.every((c) => c.last().phase === 'ended');
    if (ended) return;
    let moved = false;
    for (const c of clients) {
      const p = c.last();
      if (stop(p)) return;
      const move = nextMove(p);
      if (!move) continue;
      const seq = p.seq;
      const r = await c.send(move.event, move.payload);
      if (!r.ok) throw new Error(`${p.role} ${JSON.stringify(move.payload)} refused: ${r.reason}`);
      // wait until every client has seen this record
      await Promise.all(clients.map((o) => o.until((s) => s.seq >= (r.seq ?? seq + 1))));
      moved = true;
      break;
    }
    if (!moved)
      throw new Error(`no seat can move: ${clients.map((c) => `${c.last().role}@${c.last().phase}`).join(', ')}`);
  }
  throw new Error('game did not end');
}

/** The hash of a fresh game fed these decisions, as a solo replay would compute it. */
export function offlineHash(code: string, ctx: GameContext): string {
  const setup = sessionSetup(code);
  if (!setup.ok) throw new Error(setup.error);
  const actor = createActor(gameMachine, {
    input: { scenario: setup.input.scenario, settings: ctx.inputSettings },
  }).start();
  const r = feed(
    actor,
    ctx.decisions.map((d) => d.event as GameEvent),
  );
  if (!r.ok) throw new Error(r.message);
  return snapshotHash(actor.getSnapshot().context);
}

/** The four devices of table 1 (Washington, Seoul, Tokyo, the facilitator), each closed by `cleanup`. */
export async function seatTable(server: SeminarServer, cleanup: (() => unknown)[]): Promise<Client[]> {
  const j = server.meta.tables[0].joins;
  const out: Client[] = [];
  const auths: Record<string, string>[] = [
    { join: j.washington },
    { join: j.seoul },
    { join: j.tokyo },
    { key: server.meta.key },
  ];
  for (const a of auths) {
    const c = await connect(server.url, a);
    cleanup.push(() => c.close());
    out.push(c);
  }
  return out;
}
