// The networked seminar server: one HTTP origin that serves the built game (dist/) and a
// socket.io endpoint, and one authoritative Table per table of the session. A socket proves who
// it is in its handshake (a seat's join code, then its device token; or the facilitator's key),
// every message is parsed with zod, checked against the seat's rights and the model's acceptance
// rule, written to the table's log before the ack, and then each seat is sent its own projection.
// A restart replays every log; a damaged end of a log is reported and cut back to the last good line.

import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { selectPhase } from '../model/selectors';
import { SEATS, type SeatId } from '../model/types';
import { toReplay, replayToJson } from '../report/replayFile';
import { activityCsv, gradingCsv, tableDebriefMarkdown, transcriptMarkdown } from './grading';
import {
  consoleSchema,
  handshakeSchema,
  parse,
  playSchema,
  type Role,
  ROLES,
  saySchema,
  seatSchema,
  tableOnlySchema,
} from './inbound';
import { projectFor } from './projection';
import { Bucket, DEFAULT_LIMITS, type Limits } from './rateLimit';
import type { NewRecord, TableRecord } from './record';
import { eventFor } from './rights';
import { digest, newToken, sameSecret } from './secrets';
import { refuse } from '../strings/server';
import { type Device, openSession, rememberDevice, type SessionMeta } from './sessionStore';
import { type Applied, canRead, type Said, Table } from './table';
import { httpHandler } from './httpHandler';
import { shareThroughRedis } from './redisShare';
import { type Hosted, loadTable } from './hostedTable';

/** Largest message a socket may send (socket.io closes the connection above it). */
export const MAX_MESSAGE_BYTES = 16 * 1024;
const RECOVERY_MS = 2 * 60_000;

export interface ServerOptions {
  dataDir: string;
  host?: string;
  port?: number;
  /** The built game to serve; null serves no files (tests, benchmarks). */
  distDir?: string | null;
  /** For a new session: the public session code and how many tables. */
  code?: string;
  tables?: number;
  /** fsync every record before its ack (default on). */
  fsync?: boolean;
  clock?: () => number;
  limits?: Limits;
  /** Past one machine: the ids of the tables this process holds (default: all of the session's). */
  only?: readonly string[];
  /** Past one machine: a Redis URL; frames then reach sockets on every process (Redis Streams adapter). */
  redis?: string;
}

interface SocketData {
  role: Role;
  /** The seat's table; for the facilitator null (every table) or the one table it watches. */
  table: string | null;
  token?: string;
}

export interface SeminarServer {
  url: string;
  port: number;
  meta: SessionMeta;
  fresh: boolean;
  /** What the start-up found and did (damaged logs, refused replays); empty when all was well. */
  reports: string[];
  tables: Map<string, Hosted>;
  io: Server;
  close(): Promise<void>;
}

const room = (table: string, role: Role) => `t:${table}:${role}`;
type Ack = (reply: unknown) => void;

export async function startSeminarServer(opts: ServerOptions): Promise<SeminarServer> {
  const clock = opts.clock ?? Date.now;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const fsync = opts.fsync ?? true;
  const opened = openSession(opts.dataDir, { code: opts.code ?? '', tables: opts.tables ?? 1 }, clock());
  const { meta } = opened;
  const reports = [...opened.problems];
  const devices = opened.devices;
  const all = meta.tables.map((t) => t.id);
  const held = new Set(opts.only ?? all);
  const strangers = [...held].filter((id) => !all.includes(id));
  if (strangers.length) throw new Error(`this session has no table ${strangers.join(', ')} (it has ${all.join(', ')})`);
  const tables = new Map<string, Hosted>();
  for (const id of all) if (held.has(id)) tables.set(id, loadTable(opts.dataDir, meta.code, id, fsync, clock, reports));
  /** Why a table cannot be reached here: none such, or another process holds it. */
  const notHere = (id: string | undefined) =>
    id !== undefined && all.includes(id) ? refuse.heldElsewhere(id) : refuse.noTable(id);

  const http = createServer(httpHandler(opts.distDir ?? null));
  const io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_MS, skipMiddlewares: true },
  });
  const redis = opts.redis ? await shareThroughRedis(io, opts.redis, meta.code) : null;

  const framesFor = (h: Hosted, role: Role) => {
    const s = h.table.session;
    const state = s.seminarState();
    return projectFor(
      role,
      h.table.snapshot,
      {
        table: h.table.id,
        seq: h.table.seq,
        paused: state.paused,
        deadline: state.deadline,
        remainingMs: state.remainingMs,
        revealed: state.revealed,
      },
      { log: state.log, undoDepth: state.undoDepth },
    );
  };
  const saidFor = (h: Hosted, role: Role) =>
    h.table.said.filter((m) => canRead(role, m)).map((m) => ({ ...m, table: h.table.id }));

  const broadcast = (h: Hosted, rec: NewRecord) => {
    // The message first: a client that sees the frame with this seq already has the message.
    if (rec.kind === 'say') {
      const said = { ...(h.table.said.at(-1) as Said), table: h.table.id };
      for (const role of ROLES) if (canRead(role, said)) io.to(room(h.table.id, role)).emit('said', said);
    }
    for (const role of ROLES) io.to(room(h.table.id, role)).emit('state', framesFor(h, role));
  };

  const commit = (h: Hosted, rec: NewRecord): Applied => {
    const r = h.table.apply(rec);
    if (!r.ok) return r;
    const full = { seq: r.seq, ...rec } as TableRecord;
    try {
      h.log.append(full);
    } catch (err) {
      // The log did not take it: rebuild the table from what the log holds, so memory matches disk.
      h.table = Table.replay(meta.code, h.table.id, h.records, clock).table;
      return { ok: false, reason: refuse.notSaved((err as Error).message) };
    }
    h.records.push(full);
    broadcast(h, rec);
    return r;
  };

  io.use((socket, next) => {
    // socket.io's client adds its recovery id and offset to the handshake; they are not credentials.
    const { pid: _pid, offset: _offset, ...auth } = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    const hs = parse(handshakeSchema, auth);
    if (!hs.ok) return next(new Error(refuse.badLink));
    const who = identify(hs.value, meta, devices, opts.dataDir);
    if (!who) return next(new Error(refuse.unknownLink));
    if (who.table !== null && !held.has(who.table)) return next(new Error(notHere(who.table)));
    socket.data = who;
    next();
  });

  io.on('connection', (socket: Socket) => {
    const data = socket.data as SocketData;
    const actions = new Bucket(limits.actions.burst, limits.actions.perSecond, clock());
    const says = new Bucket(limits.says.burst, limits.says.perSecond, clock());
    const mine = (t: string | undefined): Hosted | null => {
      if (data.role === 'facilitator' && data.table !== null && t !== undefined && t !== data.table) return null;
      const id = data.role === 'facilitator' ? (t ?? data.table ?? undefined) : (data.table ?? undefined);
      return id === undefined ? null : (tables.get(id) ?? null);
    };
    const hostedTables = () => (data.table === null ? [...tables.values()] : [tables.get(data.table)!]);
    const syncOf = (h: Hosted) => ({ state: framesFor(h, data.role), said: saidFor(h, data.role) });

    if (!socket.recovered) {
      // a facilitator watching every table hears all of them, those other processes hold included
      for (const id of data.table === null ? all : [data.table]) socket.join(room(id, data.role));
      socket.emit('welcome', {
        role: data.role,
        table: data.table,
        token: data.token,
        code: meta.code,
        tables: hostedTables().map((h) => h.table.id),
        events:
          data.role === 'facilitator'
            ? Object.values(tables.values().next().value!.table.snapshot.context.scenario.events).map((e) => ({
                id: e.id,
                title: e.title,
              }))
            : [],
      });
      for (const h of hostedTables()) socket.emit('sync', syncOf(h));
    }

    /** Wrap a handler: needs an ack, takes a rate token, answers thrown errors with a reason. */
    const on = (name: string, handler: (payload: unknown) => unknown) => {
      socket.on(name, (payload: unknown, ack: unknown) => {
        if (typeof ack !== 'function') return;
        const reply = ack as Ack;
        if (!actions.take(clock())) return reply({ ok: false, reason: refuse.tooManyActions });
        try {
          reply(handler(payload));
        } catch (err) {
          reply({ ok: false, reason: refuse.failed((err as Error).message) });
        }
      });
    };

    on('play', (payload) => {
      const p = parse(playSchema, payload);
      if (!p.ok) return p;
      const ev = eventFor(data.role, p.value);
      if (!ev.ok) return ev;
      const h = mine(undefined)!;
      return commit(h, {
        kind: 'play',
        by: data.role,
        at: clock(),
        event: ev.event as unknown as Record<string, unknown>,
      });
    });

    on('console', (payload) => {
      if (data.role !== 'facilitator') return { ok: false, reason: refuse.consoleNeedsKey };
      const p = parse(consoleSchema, payload);
      if (!p.ok) return p;
      const { kind } = p.value.action;
      if (kind === 'note' || kind === 'requestState') return { ok: false, reason: refuse.notSent(kind) };
      const h = mine(p.value.table);
      if (!h) return { ok: false, reason: notHere(p.value.table) };
      return commit(h, { kind: 'console', by: 'facilitator', at: clock(), action: p.value.action });
    });

    on('seat', (payload) => {
      if (data.role !== 'facilitator') return { ok: false, reason: refuse.seatNeedsKey };
      const p = parse(seatSchema, payload);
      if (!p.ok) return p;
      const h = mine(p.value.table);
      if (!h) return { ok: false, reason: notHere(p.value.table) };
      const event = { type: 'seat.assign', seat: p.value.seat, kind: p.value.kind };
      return commit(h, { kind: 'play', by: 'facilitator', at: clock(), event });
    });

    on('say', (payload) => {
      if (!says.take(clock())) return { ok: false, reason: refuse.tooManyMessages };
      const p = parse(saySchema, payload);
      if (!p.ok) return p;
      if (data.role !== 'facilitator' && p.value.table !== undefined && p.value.table !== data.table)
        return { ok: false, reason: refuse.ownTable };
      if (p.value.to === data.role) return { ok: false, reason: refuse.toSomeoneElse };
      const h = mine(p.value.table);
      if (!h) return { ok: false, reason: refuse.nameMessageTable };
      return commit(h, { kind: 'say', by: data.role, at: clock(), to: p.value.to, text: p.value.text });
    });

    on('sync', (payload) => {
      const p = parse(tableOnlySchema.partial(), payload ?? {});
      if (!p.ok) return p;
      const h = mine(p.value.table);
      if (!h) return { ok: false, reason: refuse.noSuchTable };
      return { ok: true, ...syncOf(h) };
    });

    on('export', (payload) => {
      if (data.role !== 'facilitator') return seatReplay(data.role, mine(undefined)!, payload);
      const kind = (payload as { kind?: unknown } | null)?.kind;
      const here = [...tables.values()].map((h) => h.table);
      if (kind === 'grading') return { ok: true, name: 'seminar-grading.csv', text: gradingCsv(here) };
      if (kind === 'activity') return { ok: true, name: 'seminar-activity.csv', text: activityCsv(here) };
      if (kind === 'transcript') return { ok: true, name: 'seminar-messages.md', text: transcriptMarkdown(here) };
      if (kind === 'replay' || kind === 'debrief') {
        const p = parse(tableOnlySchema, { table: (payload as { table?: unknown }).table });
        const h = p.ok ? tables.get(p.value.table) : undefined;
        if (!h) return { ok: false, reason: refuse.nameExportTable };
        if (kind === 'debrief')
          return { ok: true, name: `table-${h.table.id}-debrief.md`, text: tableDebriefMarkdown(h.table) };
        const ctx = h.table.snapshot.context;
        return {
          ok: true,
          name: `table-${h.table.id}.replay.json`,
          text: replayToJson(toReplay(ctx, ctx.scenario.id, h.table.messagesFor('facilitator'))),
        };
      }
      return { ok: false, reason: refuse.exportKinds };
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://${opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1'}:${port}`,
    port,
    meta,
    fresh: opened.fresh,
    reports,
    tables,
    io,
    close: async () => {
      // Stop the listener, so that no browser reconnects while the seats' sockets close, and drop every
      // plain HTTP connection: a browser that reconnected on a kept-alive one just before holds a request
      // that nobody will answer, and the close would wait for it until the browser gave up (minutes).
      // The seats' websockets are not among them; io.close ends those, then waits for the listener.
      http.close();
      http.closeAllConnections();
      await io.close();
      await redis?.close();
      for (const h of tables.values()) h.log.close();
    },
  };
}

/** A seat's copy of its own table's game once it has ended: the replay with the messages the seat may read. */
function seatReplay(role: Role, h: Hosted, payload: unknown) {
  if ((payload as { kind?: unknown } | null)?.kind !== 'replay')
    return {
      ok: false,
      reason: refuse.seatExport,
    };
  if (selectPhase(h.table.snapshot) !== 'ended') return { ok: false, reason: refuse.replayAfterEnd };
  const ctx = h.table.snapshot.context;
  return {
    ok: true,
    name: `table-${h.table.id}-${role}.replay.json`,
    text: replayToJson(toReplay(ctx, ctx.scenario.id, h.table.messagesFor(role))),
  };
}

/**
 * Past one machine: socket.io's Redis Streams adapter, so a frame a process emits to a room reaches
 * that room's sockets on every process of the session (the stream is named by the session code).
 * Loaded only when asked for; a single-laptop class never touches Redis.
 */
function identify(
  hs: { token?: string; join?: string; key?: string; table?: string },
  meta: SessionMeta,
  devices: Map<string, Device>,
  dataDir: string,
): SocketData | null {
  if (hs.key !== undefined) {
    if (!sameSecret(hs.key, meta.key)) return null;
    if (hs.table !== undefined && !meta.tables.some((t) => t.id === hs.table)) return null;
    return { role: 'facilitator', table: hs.table ?? null };
  }
  if (hs.token !== undefined) {
    const d = devices.get(digest(hs.token));
    return d ? { role: d.seat, table: d.table } : null;
  }
  for (const t of meta.tables) {
    for (const seat of SEATS) {
      if (sameSecret(hs.join!, t.joins[seat])) {
        const token = newToken();
        const d = rememberDevice(dataDir, token, t.id, seat as SeatId);
        devices.set(d.hash, d);
        return { role: seat, table: t.id, token };
      }
    }
  }
  return null;
}

export type { HttpServer };
