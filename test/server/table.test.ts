// The networked table over real sockets on loopback: seats join with their codes, Washington's
// and the delegations' rights are enforced with reasons in the ack, a whole July Window played by
// scripted seats ends identically for every seat and equals its offline replay.
import { afterEach, describe, expect, it } from 'vitest';
import { CODE, type Client, connect, offlineHash, playScripted, serve, tempDir } from './helpers';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function table() {
  const tmp = tempDir();
  const server = await serve(tmp.dir);
  cleanup.push(tmp.remove, () => server.close());
  const j = server.meta.tables[0].joins;
  const seats: Client[] = [];
  const auths: Record<string, string>[] = [
    { join: j.washington },
    { join: j.seoul },
    { join: j.tokyo },
    { key: server.meta.key },
  ];
  for (const auth of auths) {
    const c = await connect(server.url, auth);
    cleanup.push(() => c.close());
    seats.push(c);
  }
  const [w, s, t, f] = seats;
  return { server, tmp, w, s, t, f };
}

describe('networked table', () => {
  it('gives each device its seat, a token, and its own projection', async () => {
    const { w, s, f } = await table();
    expect(w.welcome).toMatchObject({ role: 'washington', table: '1' });
    expect(w.welcome?.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(s.last().role).toBe('seoul');
    expect(f.last().role).toBe('facilitator');
    expect(w.last().phase).toBe('briefing');
    expect('brief' in w.last()).toBe(false);
    expect('view' in s.last()).toBe(false);
  });

  it('lets several devices share a seat; each gets its own token and every frame', async () => {
    const { server, w, s } = await table();
    const second = await connect(server.url, { join: server.meta.tables[0].joins.seoul });
    cleanup.push(() => second.close());
    expect(second.welcome?.role).toBe('seoul');
    expect(second.welcome?.token).not.toBe(s.welcome?.token);
    expect((await w.send('play', { type: 'briefing.done' })).ok).toBe(true);
    await Promise.all([s, second].map((c) => c.until((p) => p.seq === 1 && p.phase === 'planning')));
    // a device that comes back with its token (a reload) is the same seat, without the join code
    const back = await connect(server.url, { token: s.welcome!.token! });
    cleanup.push(() => back.close());
    expect(back.last()).toMatchObject({ role: 'seoul', seq: 1 });
  });

  it('refuses wrong seats, malformed and facilitator messages with a reason', async () => {
    const { w, s } = await table();
    expect(await s.send('play', { type: 'briefing.done' })).toEqual({
      ok: false,
      reason: 'not an event for the seoul seat',
    });
    expect(await w.send('play', { type: 'proposal.answer', proposal: 'x', answer: 'accept' })).toMatchObject({
      ok: false,
      reason: 'only a delegation answers a proposal',
    });
    expect((await w.send('play', { type: 'posture.set', ally: 'seoul', posture: 9 })).reason).toMatch(/posture/);
    expect((await w.send('play', { type: 'facilitator.end' })).reason).toMatch(/malformed/);
    expect((await w.send('console', { table: '1', action: { kind: 'pause' } })).reason).toMatch(/facilitator key/);
    expect((await w.send('seat', { table: '1', seat: 'tokyo', kind: 'computer' })).reason).toMatch(
      /only the facilitator/,
    );
    expect((await w.send('play', { type: 'turn.commit' })).reason).toMatch(/briefing phase/);
    expect(w.last().seq).toBe(0);
  });

  it('a device that presents no valid code, token or key is turned away', async () => {
    const { server } = await table();
    await expect(connect(server.url, { join: 'abcdefghjkmnpqrs' }, { reconnect: false })).rejects.toThrow(/not known/);
    await expect(connect(server.url, { key: `${server.meta.code}xxxxxxxxxx` }, { reconnect: false })).rejects.toThrow();
    await expect(connect(server.url, { token: '<script>' }, { reconnect: false })).rejects.toThrow(/not valid/);
  });

  it('plays a whole July Window: every seat sees the same ending, equal to the offline replay', async () => {
    const { server, w, s, t, f } = await table();
    await playScripted([w, s, t]);
    await f.until((p) => p.phase === 'ended');
    const ctx = server.tables.get('1')!.table.snapshot.context;
    const hash = offlineHash(CODE, ctx);
    for (const c of [w, s, t, f]) expect(c.last().ending?.hash).toBe(hash);
    expect(ctx.decisions.some((d) => d.event.type === 'proposal.answer' && d.event.seat === 'tokyo')).toBe(true);
    // every client saw every record exactly once and in order
    for (const c of [w, s, t]) {
      const seqs = c.states.map((p) => p.seq).filter((q, i, a) => i === 0 || q !== a[i - 1]);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0] + i));
    }
  });
});
