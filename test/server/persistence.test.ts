// Nothing lost: a restarted server rebuilds its table from the log and the same devices carry on
// with their tokens; a device dropped mid-answer recovers its connection and the missed frames;
// a truncated, corrupt or no-longer-accepted end of a log is reported and cut, and the table
// resumes from the last good record.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { connect as rawConnect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SeminarServer } from '../../src/server/seminarServer';
import { CODE, connect, offlineHash, playScripted, serve, tempDir, seatTable } from './helpers';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

const seated = (server: SeminarServer) => seatTable(server, cleanup);

const inMonth = (n: number) => (p: { month: { turn: number }; phase: string }) => p.month.turn >= n;

describe('nothing lost', () => {
  it('close() ends while a device holds a request open that nobody will finish (a reconnect at shutdown)', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const server = await serve(tmp.dir);
    const seat = await connect(server.url, { join: server.meta.tables[0].joins.washington });
    cleanup.push(() => seat.close());
    // an HTTP request whose headers never end: the listener would wait for it for a minute
    const hanging = rawConnect(server.port, '127.0.0.1');
    cleanup.push(() => hanging.destroy());
    const reset: Error[] = [];
    hanging.on('error', (e) => reset.push(e)); // the server drops it: that is the point
    await new Promise<void>((done) => hanging.once('connect', () => done()));
    hanging.write('GET /table.html HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const http = server.io.httpServer;
    const open = () => new Promise<number>((done) => http.getConnections((_e, n) => done(n)));
    await vi.waitFor(async () => expect(await open()).toBe(2));
    const closedBy = new Promise((done) => hanging.once('close', done));
    await server.close(); // a hang here is the failure (the test's own timeout)
    await closedBy;
    expect(server.io.httpServer.listening).toBe(false);
  });

  it('a restart replays the log; devices reconnect with their tokens and finish the game', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const first = await serve(tmp.dir);
    const [w, s, t, f] = await seated(first);
    await playScripted([w, s, t], (p) => inMonth(2)(p) && p.phase === 'awaitingAnswers');
    const before = first.tables.get('1')!.table;
    const seq = before.seq;
    const hashBefore = offlineHash(CODE, before.snapshot.context);
    await first.close();

    const second = await serve(tmp.dir, { port: first.port });
    cleanup.push(() => second.close());
    expect(second.fresh).toBe(false);
    expect(second.reports).toEqual([]);
    const again = second.tables.get('1')!.table;
    expect(again.seq).toBe(seq);
    expect(offlineHash(CODE, again.snapshot.context)).toBe(hashBefore);
    // the same sockets come back by themselves, with their device tokens, to the same state
    for (const c of [w, s, t, f]) await c.until((p) => p.seq === seq && c.socket.connected);
    expect(w.welcome?.role).toBe('washington');
    await playScripted([w, s, t]);
    const ctx = second.tables.get('1')!.table.snapshot.context;
    expect(w.last().ending?.hash).toBe(offlineHash(CODE, ctx));
  });

  it('a delegation dropped mid-answer recovers its session and the frames it missed, then answers', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const server = await serve(tmp.dir);
    cleanup.push(() => server.close());
    const [w, s, t] = await seated(server);
    await playScripted([w, s, t], (p) => p.phase === 'awaitingAnswers');
    const ask = s.last();
    if (ask.role !== 'seoul') throw new Error('expected Seoul');
    expect(ask.brief.asks.length).toBeGreaterThan(0);
    const reconnected = new Promise<void>((resolve) => s.socket.once('connect', () => resolve()));
    s.socket.io.engine.close();
    // Tokyo answers while Seoul is away
    const tokyoAsk = t.last();
    if (tokyoAsk.role !== 'tokyo') throw new Error('expected Tokyo');
    const tk = tokyoAsk.brief.asks[0];
    if (tk)
      expect((await t.send('play', { type: 'proposal.answer', proposal: tk.key, answer: 'stall' })).ok).toBe(true);
    await reconnected;
    expect(s.socket.recovered).toBe(true);
    const seq = server.tables.get('1')!.table.seq;
    await s.until((p) => p.seq === seq);
    const r = await s.send('play', {
      type: 'proposal.answer',
      proposal: ask.brief.asks[0].key,
      answer: 'acceptPrivately',
      rationale: 'decided after the wifi came back',
    });
    expect(r).toMatchObject({ ok: true });
  });

  it('a truncated last line is reported, set aside, and the table resumes from the last good record', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const first = await serve(tmp.dir);
    const [w, s, t] = await seated(first);
    await playScripted([w, s, t], (p) => p.phase === 'report');
    const seq = first.tables.get('1')!.table.seq;
    const hash = offlineHash(CODE, first.tables.get('1')!.table.snapshot.context);
    await first.close();
    const path = join(tmp.dir, 'tables', '1.jsonl');
    appendFileSync(path, '{"seq":999,"at":1,"by":"washington","kind":"pl');

    const second = await serve(tmp.dir);
    cleanup.push(() => second.close());
    expect(second.reports).toEqual([
      expect.stringMatching(/table 1: line \d+ is truncated .* resumes from record \d+/),
    ]);
    expect(second.tables.get('1')!.table.seq).toBe(seq);
    expect(offlineHash(CODE, second.tables.get('1')!.table.snapshot.context)).toBe(hash);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
    expect(readFileSync(`${path}.damaged-1`, 'utf8')).toContain('"seq":999');
    // and it goes on accepting events, appended after the good part
    const wc = await connect(second.url, { join: second.meta.tables[0].joins.washington });
    cleanup.push(() => wc.close());
    expect(await wc.send('play', { type: 'turn.next' })).toMatchObject({ ok: true, seq: seq + 1 });
  });

  it('a corrupt or no-longer-accepted record is reported and the log is cut before it', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const first = await serve(tmp.dir);
    const [w] = await seated(first);
    expect((await w.send('play', { type: 'briefing.done' })).ok).toBe(true);
    await first.close();
    const path = join(tmp.dir, 'tables', '1.jsonl');
    appendFileSync(
      path,
      `${JSON.stringify({ seq: 2, at: 5, by: 'washington', kind: 'play', event: { type: 'turn.next' } })}\n`,
    );
    appendFileSync(path, '{"seq":3,"kind":"bogus"}\n');
    const second = await serve(tmp.dir);
    expect(second.reports[0]).toMatch(/line 4 is not a valid record/);
    expect(second.reports[1]).toMatch(/record 2 \(play\) was refused on replay: .*; it resumes from record 1/);
    expect(second.tables.get('1')!.table.seq).toBe(1);
    await second.close();
    const third = await serve(tmp.dir);
    cleanup.push(() => third.close());
    expect(third.reports).toEqual([]);
    expect(existsSync(`${path}.damaged-2`)).toBe(true);
  });
});
