// The game's feel, its pure parts: the meters' main causes, the report's move lines and answer
// marks, the milestone moment, which cue a closed month plays, and the sound and motion
// preferences (validated field by field; a seminar starts muted).

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadShippedScenario } from '../../src/content/catalog';
import {
  DEFAULT_SETTINGS,
  type GameContext,
  gameMachine,
  mainCause,
  playToEnd,
  STRATEGIES,
  selectMeterMoves,
} from '../../src/model';
import type { LedgerEntry } from '../../src/model/types';
import { nextVolume, PREFS_KEY, readPrefs, soundLevel, VOLUMES, writePrefs } from '../../src/save/prefs';
import type { KeyValueStore } from '../../src/save/save';
import { FEEL } from '../../src/strings/feel';
import { answerMarks, milestoneMoment, MOVES_SHOWN, moveLines, reportCue } from '../../src/views/feelModels';

/** The context at every closed month of a July Window game played by the adaptive strategy. */
function reports(seed: number): GameContext[] {
  const s = loadShippedScenario('july-window');
  if (!s.ok) throw new Error('july-window did not load');
  const actor = createActor(gameMachine, { input: { scenario: s.value, settings: { ...DEFAULT_SETTINGS, seed } } });
  const out: GameContext[] = [];
  // at each planning phase the last record is the month just closed, as its report showed it
  const record = (a: typeof actor) => {
    const ctx = a.getSnapshot().context;
    if (ctx.history.length) out.push(ctx);
  };
  out.push(playToEnd(actor.start(), STRATEGIES.adaptive, { beforePlanning: record }));
  return out;
}

const entry = (delta: number, cause: string): LedgerEntry => ({ turn: 0, meter: 'trust', delta, cause });

describe('main causes', () => {
  it('is the largest entry that pushed the way the meter went, never one against it', () => {
    const entries = [entry(3, 'a'), entry(-9, 'b'), entry(5, 'c'), entry(5, 'd')];
    expect(mainCause(entries, 4)?.cause).toBe('c'); // ties: the first
    expect(mainCause(entries, -1)?.cause).toBe('b');
    expect(mainCause([entry(-2, 'a')], 1)).toBeNull();
  });

  it('over seeded games: each move matches the report, its cause pushed its way, lines are few', () => {
    let moves = 0;
    for (const seed of [16, 3, 77]) {
      for (const ctx of reports(seed)) {
        const last = ctx.history.at(-1)!;
        for (const m of selectMeterMoves(ctx)) {
          moves++;
          expect(m.delta).not.toBe(0);
          if (!m.main) continue;
          expect(Math.sign(m.main.delta)).toBe(Math.sign(m.delta));
          const same = last.ledger.filter((e) => e.meter === m.meter && Math.sign(e.delta) === Math.sign(m.delta));
          expect(Math.max(...same.map((e) => Math.abs(e.delta)))).toBe(Math.abs(m.main.delta));
        }
        const lines = moveLines(ctx);
        expect(lines.length).toBeLessThanOrEqual(MOVES_SHOWN.most);
        for (const l of lines) expect(l).toMatch(/^[A-Z][a-z]+( approval)? [▲▼] [+−]\d+(\.\d)?: (mostly |no single)/);
        expect(answerMarks(ctx)).toHaveLength(last.proposals.length);
      }
    }
    expect(moves).toBeGreaterThan(20);
  });
});

describe('the milestone moment and the cues', () => {
  const all = [1, 2, 3].flatMap(reports);
  const reached = all.find((c) => c.history.at(-1)!.milestones.length)!;
  it('the seeded games reach milestones', () => expect(reached).toBeDefined());

  it('names the milestone of the month, and only in the month it was reached', () => {
    const m = milestoneMoment(reached)!;
    const name = reached.scenario.milestones[reached.history.at(-1)!.milestones[0]].name;
    expect(m.line).toBe(`${FEEL.milestone.mark} ${FEEL.milestone.one}: ${name}`);
    expect(m.live).toBe(`${FEEL.milestone.one}: ${name}.`);
    expect(m.capstone).toBe(false);
    expect(reportCue(reached)).toBe('milestone');
    for (const c of all.filter((x) => !x.history.at(-1)!.milestones.length)) {
      expect(milestoneMoment(c)).toBeNull();
      expect(reportCue(c)).not.toMatch(/milestone|capstone/);
    }
  });

  it('the capstone has its own words, mark and cue', () => {
    const last = reached.history.at(-1)!;
    const capstone = reached.scenario.capstone;
    const ctx = {
      ...reached,
      history: [...reached.history.slice(0, -1), { ...last, milestones: [...last.milestones, capstone] }],
    };
    const m = milestoneMoment(ctx)!;
    expect(m.capstone).toBe(true);
    expect(m.line.startsWith(`${FEEL.milestone.capstoneMark} ${FEEL.milestone.capstone}: `)).toBe(true);
    expect(m.line).toContain(reached.scenario.milestones[capstone].name);
    expect(reportCue(ctx)).toBe('capstone');
  });

  it('answers give a mark per capital asked, and a yes cue only when every answer was yes', () => {
    for (const ctx of all) {
      const ps = ctx.history.at(-1)!.proposals;
      answerMarks(ctx).forEach((marks, i) => {
        expect(marks.split(' ')).toHaveLength(ps[i].asks.length);
      });
      const answers = ps.flatMap((p) => Object.values(p.answers));
      if (milestoneMoment(ctx) || !answers.length) continue;
      const yes = answers.filter((a) => a === 'accept' || a === 'acceptPrivately').length;
      expect(reportCue(ctx)).toBe(yes === answers.length ? 'yes' : yes === 0 ? 'no' : 'turn');
    }
  });
});

function memoryStore(init?: string): KeyValueStore {
  const data = new Map<string, string>(init === undefined ? [] : [[PREFS_KEY, init]]);
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('sound and motion preferences', () => {
  it('defaults: sound on at half volume in solo, muted in a seminar, motion from the system', () => {
    const p = readPrefs(memoryStore(), true);
    expect(p).toEqual({ reducedMotion: true, volume: 0.5, muted: false, seminarMuted: true, guideDone: false });
    expect(soundLevel(p, false)).toBe(0.5);
    expect(soundLevel(p, true)).toBe(0);
  });

  it('keeps what was set, drops a bad field without losing the others, survives junk', () => {
    const store = memoryStore(JSON.stringify({ volume: 7, muted: true, reducedMotion: 'yes' }));
    expect(readPrefs(store, false)).toEqual({
      reducedMotion: false,
      volume: 0.5,
      muted: true,
      seminarMuted: true,
      guideDone: false,
    });
    expect(readPrefs(memoryStore('{not json'), false).volume).toBe(0.5);
    expect(readPrefs(memoryStore('[1,2]'), true).reducedMotion).toBe(true);
  });

  it('writes only what the player set, so motion keeps following the system until set', () => {
    const store = memoryStore();
    writePrefs(store, { volume: 0.75 });
    writePrefs(store, { seminarMuted: false });
    expect(JSON.parse(store.getItem(PREFS_KEY)!)).toEqual({ volume: 0.75, seminarMuted: false });
    expect(readPrefs(store, true)).toMatchObject({ reducedMotion: true, volume: 0.75, seminarMuted: false });
    expect(soundLevel(readPrefs(store, false), true)).toBe(0.75);
  });

  it('the volume steps cycle from the quietest to the loudest and round again', () => {
    const seen = [VOLUMES[0] as number];
    for (let i = 0; i < VOLUMES.length; i++) seen.push(nextVolume(seen[seen.length - 1]));
    expect(seen).toEqual([...VOLUMES, VOLUMES[0]]);
    expect(nextVolume(0.6)).toBe(0.75);
  });
});
