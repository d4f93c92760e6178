// Messages between delegations and bad input: each message reaches only its audience (the
// facilitator reads all), text is capped and cleaned of bidi controls, sockets are rate limited,
// an oversized frame closes the connection, console powers and exports need the facilitator key,
// and the grading export is per seat and safe from spreadsheet formulas.
import { afterEach, describe, expect, it } from 'vitest';
import type { SeminarServer } from '../../src/server/seminarServer';
import { type Client, connect, serve, tempDir, seatTable } from './helpers';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function seated(extra = {}) {
  const tmp = tempDir();
  const server: SeminarServer = await serve(tmp.dir, extra);
  cleanup.push(tmp.remove, () => server.close());
  return { server, clients: await seatTable(server, cleanup) };
}

type SaidLike = { by: string; to: string; text: string };
const texts = (c: Client) => (c.said as SaidLike[]).map((m) => `${m.by}>${m.to}:${m.text}`);

describe('messages between delegations', () => {
  it('reach only their audience; the facilitator reads and writes all', async () => {
    const { server, clients } = await seated();
    const [w, s, t, f] = clients;
    expect(await w.send('say', { to: 'seoul', text: 'Can you live with a private channel?' })).toMatchObject({
      ok: true,
    });
    expect(await s.send('say', { to: 'tokyo', text: '直接話しましょう' })).toMatchObject({ ok: true });
    expect(await t.send('say', { to: 'all', text: '모두에게' })).toMatchObject({ ok: true });
    expect(await f.send('say', { table: '1', to: 'washington', text: 'Five minutes left.' })).toMatchObject({
      ok: true,
    });
    const seq = server.tables.get('1')!.table.seq;
    await Promise.all(clients.map((c) => c.until((p) => p.seq === seq)));
    expect(texts(w)).toEqual([
      'washington>seoul:Can you live with a private channel?',
      'tokyo>all:모두에게',
      'facilitator>washington:Five minutes left.',
    ]);
    expect(texts(s)).toEqual([
      'washington>seoul:Can you live with a private channel?',
      'seoul>tokyo:直接話しましょう',
      'tokyo>all:모두에게',
    ]);
    expect(texts(t)).toEqual(['seoul>tokyo:直接話しましょう', 'tokyo>all:모두에게']);
    expect(texts(f)).toHaveLength(4);
    // no frame of Tokyo's carries Washington's note to Seoul
    expect(t.raw.some((r) => r.includes('private channel'))).toBe(false);
    // a reconnecting device gets its messages back in the sync
    const again = await connect(server.url, { join: server.meta.tables[0].joins.tokyo });
    cleanup.push(() => again.close());
    expect(texts(again)).toEqual(texts(t));
  });

  it('caps and cleans text, refuses empty and self-addressed messages, and limits the rate', async () => {
    const { clients } = await seated();
    const [w, s] = clients;
    expect((await w.send('say', { to: 'seoul', text: 'x'.repeat(501) })).reason).toMatch(/at most 500 characters/);
    expect((await w.send('say', { to: 'seoul', text: '   ' })).reason).toMatch(/cannot be empty/);
    expect((await w.send('say', { to: 'washington', text: 'me' })).reason).toMatch(/another seat/);
    expect((await w.send('say', { to: 'seoul', text: 'safe \u202Egnirts\u202C text' })).ok).toBe(true);
    await s.until((p) => p.seq === 1);
    expect((s.said[0] as SaidLike).text).toBe('safe gnirts text');
    const replies = [];
    for (let i = 0; i < 8; i++) replies.push(await w.send('say', { to: 'tokyo', text: `m${i}` }));
    expect(replies.filter((r) => r.ok).length).toBeLessThan(8);
    expect(replies.at(-1)?.reason).toMatch(/too many messages/);
  });
});

describe('abuse', () => {
  it('limits the rate of actions per socket', async () => {
    const { clients } = await seated({
      limits: { actions: { burst: 5, perSecond: 0.001 }, says: { burst: 5, perSecond: 0.001 } },
    });
    const [w] = clients;
    const replies = await Promise.all(Array.from({ length: 8 }, () => w.send('sync', {})));
    expect(replies.filter((r) => r.ok)).toHaveLength(5);
    expect(replies.at(-1)?.reason).toMatch(/too many actions/);
  });

  it('closes a socket that sends a frame over the size cap', async () => {
    const { clients } = await seated();
    const [w] = clients;
    const closed = new Promise<string>((resolve) => w.socket.once('disconnect', (reason) => resolve(reason)));
    w.socket.io.opts.reconnection = false;
    w.socket.emit('say', { to: 'seoul', text: 'x'.repeat(40_000) }, () => {});
    expect(await closed).toMatch(/transport (close|error)/);
  });

  it('no console power, seat switch or export without the key', async () => {
    const { clients, server } = await seated();
    const [w, s] = clients;
    for (const c of [w, s]) {
      for (const kind of ['pause', 'reveal', 'undo', 'end']) {
        const r = await c.send('console', { table: '1', action: { kind, on: true } });
        expect(r.reason).toBe('console actions need the facilitator key');
      }
      expect((await c.send('export', { kind: 'grading' })).reason).toMatch(/facilitator key/);
    }
    expect(server.tables.get('1')!.table.seq).toBe(0);
    expect(server.tables.get('1')!.table.session.isPaused()).toBe(false);
  });

  it('the facilitator exports grading per seat, with formula-like text defused', async () => {
    const { clients, server } = await seated();
    const [w, s, , f] = clients;
    expect((await w.send('say', { to: 'all', text: '=HYPERLINK("http://evil.example","x")' })).ok).toBe(true);
    expect((await s.send('say', { to: 'washington', text: 'fine' })).ok).toBe(true);
    expect((await w.send('play', { type: 'briefing.done' })).ok).toBe(true);
    const grading = (await f.send('export', { kind: 'grading' })) as unknown as { ok: boolean; text: string };
    const rows = grading.text.trim().split('\r\n');
    expect(rows[0]).toBe(
      'table,seat,answers,answers_on_time,answers_late,rationales,rationale_chars,messages_sent,message_chars,decisions',
    );
    expect(rows.slice(1)).toEqual([
      '1,washington,0,0,0,0,0,1,37,1',
      '1,seoul,0,0,0,0,0,1,4,0',
      '1,tokyo,0,0,0,0,0,0,0,0',
    ]);
    const activity = (await f.send('export', { kind: 'activity' })) as unknown as { text: string };
    expect(activity.text).toContain(`,washington,message,all,,"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(activity.text).not.toMatch(/,"?=HYPERLINK/);
    expect(server.tables.get('1')!.table.seq).toBe(3);
    const transcript = (await f.send('export', { kind: 'transcript' })) as unknown as { text: string };
    expect(transcript.text).toContain('- **May 2022**, seoul → washington: fine');
    expect(transcript.text).toContain('## Table 1');
    expect(transcript.text.match(/^- /gm)).toHaveLength(2);
    // the table's debrief: the game's own, then its log with the messages among the decisions
    const debrief = (await f.send('export', { kind: 'debrief', table: '1' })) as unknown as {
      name: string;
      text: string;
    };
    expect(debrief.name).toBe('table-1-debrief.md');
    expect(debrief.text).toContain('# Mending Fences debrief: The July Window');
    expect(debrief.text).toMatch(
      /### May 2022\n\n- washington → all, wrote: .*HYPERLINK.*\n- seoul → washington, wrote: fine\n- washington, decided: briefing\.done\n/,
    );
    expect((await s.send('export', { kind: 'debrief', table: '1' })).ok).toBe(false);
  });
});
