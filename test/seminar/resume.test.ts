// A single-machine seminar's autosave: the game (a replay), the facilitator log, pause, reveal, the
// timer and the undo points, written and read back through a Map store and rebuilt into a new
// session as a reloaded game window does. A damaged slot is refused with a reason.
import { describe, expect, it } from 'vitest';
import { rebuildSavedGame } from '../../src/app/savedGame';
import {
  readSeminarSave,
  SEMINARS_KEPT,
  type SeminarSave,
  seminarSaveKey,
  writeSeminarSave,
} from '../../src/app/seminarSave';
import { saveOf } from '../../src/app/session';
import { snapshotHash } from '../../src/report/replay';
import { SeminarSession } from '../../src/seminar/session';
import { bus, seminar, toPlanning } from './helpers';
import { loadContent } from '../../src/app/scenarios';

// the game's catalog is fetched on demand (src/app/scenarios.ts)
await loadContent();

const KEYS = { facilitator: 'f'.repeat(22), seoul: 's'.repeat(22), tokyo: 't'.repeat(22) };

function mapStore() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  };
}

/** Plays the first month through to month 2's planning (computer seats answer for themselves). */
function intoMonthTwo(s: ReturnType<typeof seminar>) {
  toPlanning(s.session);
  for (let step = 0; step < 50 && s.session.actor.getSnapshot().context.turn === 0; step++) {
    const snap = s.session.actor.getSnapshot();
    const ctx = snap.context;
    const pending = ctx.monthEvents.find((e) => !e.choice && ctx.scenario.events[e.id]?.choices.length);
    if (pending) {
      s.session.sendPlayer({
        type: 'event.choose',
        event: pending.id,
        choice: ctx.scenario.events[pending.id].choices[0].id,
      });
      continue;
    }
    if (s.session.sendPlayer({ type: 'turn.commit' }).ok) continue;
    s.session.sendPlayer({ type: 'turn.next' });
  }
}

function saveNow(s: ReturnType<typeof seminar>): SeminarSave {
  const ctx = s.session.actor.getSnapshot().context;
  const game = saveOf(
    { actor: s.session.actor, scenarioId: 'july-window', scenario: ctx.scenario, settings: ctx.inputSettings },
    new Date(0),
  );
  return { version: 1, sessionId: s.sessionId, game, memory: s.session.memory(), keys: KEYS, briefWindows: ['seoul'] };
}

describe('seminar autosave', () => {
  it('a reloaded window resumes the same game, log, controls, timer and undo points', () => {
    const s = seminar({
      ...seminar().setup.params,
      seats: { washington: 'human', seoul: 'computer', tokyo: 'computer' },
    });
    intoMonthTwo(s);
    expect(s.session.actor.getSnapshot().context.turn).toBe(1);
    const ctx = s.session.actor.getSnapshot().context;
    s.send({ kind: 'inject', event: Object.keys(ctx.scenario.events)[0], reason: 'a test of resume' });
    s.send({ kind: 'reveal', on: true });
    s.clock.advance(50_000);
    s.send({ kind: 'pause', reason: 'questions' });
    const store = mapStore();
    writeSeminarSave(store, saveNow(s));

    const read = readSeminarSave(store, s.sessionId);
    if (read.kind !== 'ok') throw new Error(`not read: ${JSON.stringify(read)}`);
    expect(read.save.briefWindows).toEqual(['seoul']);
    const game = rebuildSavedGame(read.save.game);
    if (!game.ok) throw new Error(game.reason);
    s.clock.advance(5 * 60_000); // paused: the timer must not run on while the window reloads
    const again = new SeminarSession({
      sessionId: s.sessionId,
      scenarioId: 'july-window',
      channel: bus().endpoint(),
      actor: game.actor,
      clock: s.clock.now,
      minutesPerMonth: 3,
      memory: read.save.memory,
    });
    const was = s.session.actor.getSnapshot().context;
    expect(snapshotHash(again.actor.getSnapshot().context)).toBe(snapshotHash(was));
    expect(again.log()).toEqual(s.session.log());
    expect(again.log().map((e) => e.kind)).toEqual(['inject', 'reveal', 'pause']);
    expect(again.isPaused()).toBe(true);
    expect(again.isRevealed()).toBe(true);
    expect(again.timeLeftMs()).toBe(3 * 60_000 - 50_000);
    expect(again.undoDepth).toBe(s.session.undoDepth);
    // its undo points still work: back to before the inject
    again.receive({ v: 1, session: s.sessionId, id: 'r', kind: 'resume' });
    again.receive({ v: 1, session: s.sessionId, id: 'u', kind: 'undo' });
    expect(again.actor.getSnapshot().context.monthEvents.some((e) => e.injected)).toBe(false);
    expect(again.actor.getSnapshot().context.turn).toBe(1);
  });

  it('refuses a damaged or foreign slot with a reason', () => {
    const s = seminar();
    toPlanning(s.session);
    const store = mapStore();
    expect(readSeminarSave(store, s.sessionId)).toEqual({ kind: 'none' });
    store.setItem(seminarSaveKey(s.sessionId), '{"version":1');
    expect(readSeminarSave(store, s.sessionId)).toMatchObject({ kind: 'bad', reason: /not valid JSON/ });
    const good = saveNow(s);
    writeSeminarSave(store, { ...good, keys: { ...KEYS, facilitator: 'short' } });
    expect(readSeminarSave(store, s.sessionId)).toMatchObject({ kind: 'bad', reason: /missing/ });
    writeSeminarSave(store, { ...good, sessionId: `${s.sessionId}.2` });
    store.setItem(seminarSaveKey(s.sessionId), store.getItem(seminarSaveKey(`${s.sessionId}.2`)) ?? '');
    expect(readSeminarSave(store, s.sessionId)).toMatchObject({ kind: 'bad', reason: /another session/ });
    const cut = { ...good, game: { ...good.game, replay: { ...good.game.replay, decisions: 'x' } } };
    store.setItem(seminarSaveKey(s.sessionId), JSON.stringify(cut));
    expect(readSeminarSave(store, s.sessionId)).toMatchObject({ kind: 'bad' });
  });

  it('keeps the newest few seminars and drops older slots', () => {
    const s = seminar();
    toPlanning(s.session);
    const store = mapStore();
    const save = saveNow(s);
    const ids = Array.from({ length: SEMINARS_KEPT + 2 }, (_, i) => `${s.sessionId}.${i + 1}`);
    for (const id of ids) writeSeminarSave(store, { ...save, sessionId: id });
    writeSeminarSave(store, { ...save, sessionId: ids[2] }); // written again: now the newest
    const kept = ids.filter((id) => store.getItem(seminarSaveKey(id)) !== null);
    expect(kept).toEqual([...ids.slice(3), ids[2]].sort());
    expect(readSeminarSave(store, ids[2]).kind).toBe('ok');
    expect(readSeminarSave(store, ids[0])).toEqual({ kind: 'none' });
  });
});
