// Hidden information stays where it lives. (1) Over many seeded games, the projection each seat
// is sent never contains another seat's hidden value: the true backlash and willingness of the
// allies are swapped for unique sentinels at every step and searched for in the JSON. (2) Over
// real sockets, every frame each seat receives during a game whose hidden values the facilitator
// sets to sentinels each month is scanned the same way.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { type GameSnapshot, playToEnd } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import type { AllyId, GameContext } from '../../src/model/types';
import { type ProjectableSnapshot, projectFor } from '../../src/server/projection';
import { numbersIn } from '../../src/seminar/handover';
import { sessionSetup } from '../../src/seminar/setup';
import { encodeSession } from '../../src/seminar/sessionCode';
import { type Client, connect, playScripted, serve, tempDir } from './helpers';

const HIDDEN = ['seoul.backlash', 'seoul.willingness', 'tokyo.backlash', 'tokyo.willingness'] as const;
const ownerOf = (k: (typeof HIDDEN)[number]): AllyId => (k.startsWith('seoul') ? 'seoul' : 'tokyo');
const STATUS = { table: '1', seq: 0, paused: false, deadline: null, remainingMs: null, revealed: false };

function withSentinels(
  s: GameSnapshot,
  base: number,
): { snap: ProjectableSnapshot; sentinels: Record<string, number> } {
  const meters = { ...s.context.meters };
  const sentinels: Record<string, number> = {};
  HIDDEN.forEach((k, i) => {
    const v = 11.000101 + base * 0.001 + i * 0.0000037;
    meters[k] = v;
    sentinels[k] = v;
  });
  const context: GameContext = { ...s.context, meters };
  // The machine rebuilds the state around the doctored context, so tags, regions and `can` answer.
  return { snap: gameMachine.resolveState({ value: s.value, context }), sentinels };
}

describe('per-seat projections', () => {
  it('never carry another seat’s hidden values (seeded games, every snapshot)', () => {
    let checked = 0;
    for (const [i, scenario] of (['july-window', 'mending-fences', 'built-to-last'] as const).entries()) {
      for (const seed of [1, 77, 4242]) {
        const code = encodeSession({
          scenario,
          seed,
          difficulty: 'normal',
          seats: { washington: 'human', seoul: 'human', tokyo: 'human' },
          preset: i === 0 ? 45 : i === 1 ? 180 : 90,
        });
        const setup = sessionSetup(code);
        if (!setup.ok) throw new Error(setup.error);
        const actor = createActor(gameMachine, { input: setup.input }).start();
        const seen: GameSnapshot[] = [];
        actor.subscribe((s) => seen.push(s));
        playToEnd(actor, Object.values(STRATEGIES)[seed % 5], {
          strategySeed: seed,
          answer: () => ({ answer: 'accept', rationale: 'ok' }),
        });
        for (const [n, s] of seen.entries()) {
          if (s.value === 'ended') continue;
          const { snap, sentinels } = withSentinels(s, n);
          const nums = (v: unknown) => new Set(numbersIn(JSON.parse(JSON.stringify(v))));
          const washington = nums(projectFor('washington', snap, STATUS, { log: [], undoDepth: 0 }));
          for (const k of HIDDEN) expect(washington.has(sentinels[k])).toBe(false);
          for (const ally of ['seoul', 'tokyo'] as const) {
            const json = nums(projectFor(ally, snap, STATUS, { log: [], undoDepth: 0 }));
            for (const k of HIDDEN) {
              expect(json.has(sentinels[k])).toBe(ownerOf(k) === ally);
            }
          }
          const all = nums(projectFor('facilitator', snap, STATUS, { log: [], undoDepth: 0 }));
          for (const k of HIDDEN) expect(all.has(sentinels[k])).toBe(true);
          checked += 1;
        }
        actor.stop();
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('frames on the wire', () => {
  it('no frame a seat receives holds another seat’s hidden value', async () => {
    const tmp = tempDir();
    const server = await serve(tmp.dir);
    const j = server.meta.tables[0].joins;
    const clients: Client[] = [];
    try {
      for (const a of [
        { join: j.washington },
        { join: j.seoul },
        { join: j.tokyo },
        { key: server.meta.key },
      ] as Record<string, string>[])
        clients.push(await connect(server.url, a));
      const [w, s, t, f] = clients;
      // month → meter → the sentinel the facilitator set in that month's planning
      const sentinels = new Map<number, Record<string, number>>();
      await playScripted([w, s, t], (p) => p.phase === 'planning');
      for (let guard = 0; guard < 20 && w.last().phase === 'planning'; guard++) {
        const turn = w.last().month.turn;
        // values of one decimal (the model rounds meters) that no seat's current frame holds anywhere
        const taken = new Set([w, s, t, f].flatMap((c) => numbersIn(c.last())));
        const chosen: Record<string, number> = {};
        let v = 12.3;
        for (const k of HIDDEN) {
          while (taken.has(v)) v = Math.round((v + 0.4) * 10) / 10;
          chosen[k] = v;
          taken.add(v);
          const r = await f.send('console', {
            table: '1',
            action: { kind: 'adjust', meter: k, value: v, reason: 'leak test' },
          });
          expect(r.ok).toBe(true);
        }
        sentinels.set(turn, chosen);
        await playScripted([w, s, t], (p) => (p.phase === 'planning' && p.month.turn > turn) || p.phase === 'ended');
      }
      expect(sentinels.size).toBeGreaterThan(5);
      /** Frames of a seat, during a month's planning after its sentinels were set, that hold one of `keys`'. */
      const scan = (c: Client, keys: readonly string[]) =>
        c.raw.filter((frame) => {
          if (!frame.startsWith('state:')) return false;
          const p = JSON.parse(frame.slice(6));
          const set = sentinels.get(p.month.turn);
          if (!set || p.phase !== 'planning') return false;
          const nums = new Set(numbersIn(p));
          return keys.some((k) => nums.has(set[k]));
        });
      expect(scan(w, HIDDEN)).toEqual([]);
      expect(scan(s, ['tokyo.backlash', 'tokyo.willingness'])).toEqual([]);
      expect(scan(t, ['seoul.backlash', 'seoul.willingness'])).toEqual([]);
      // the scan can fail: each side's own sentinels, and all of them for the facilitator, are there
      expect(scan(s, ['seoul.backlash']).length).toBeGreaterThan(5);
      expect(scan(t, ['tokyo.willingness']).length).toBeGreaterThan(5);
      expect(scan(f, ['seoul.willingness']).length).toBeGreaterThan(5);
      expect(scan(f, ['tokyo.backlash']).length).toBeGreaterThan(5);
    } finally {
      for (const c of clients) c.close();
      await server.close();
      tmp.remove();
    }
  });
});
