// The game window's seminar session over a fake channel and clock: pause blocks the players,
// injects land in the game and the log, undo restores the exact earlier snapshot, foreign or
// malformed messages are ignored, and a reopened console gets the full state.
import { describe, expect, it } from 'vitest';
import { selectNews } from '../../src/model/selectors';
import { parseGameMessage } from '../../src/seminar/protocol';
import { seminar, toPlanning } from './helpers';

const persisted = (s: ReturnType<typeof seminar>) => JSON.stringify(s.session.actor.getPersistedSnapshot());

describe('seminar session', () => {
  it('announces itself and answers requestState with the full state', () => {
    const s = seminar();
    expect(s.lastOf('state')).toBeDefined();
    s.heard.length = 0;
    s.send({ kind: 'requestState' });
    const state = s.lastOf('state');
    const parsed = parseGameMessage(state, s.sessionId);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.message.kind !== 'state') return;
    const ctx = s.session.actor.getSnapshot().context;
    expect(parsed.message.game.replay.settings).toEqual(ctx.inputSettings);
    expect(parsed.message.game.replay.decisions).toEqual(ctx.decisions.map((d) => d.event));
    expect(parsed.message.game.replay.scenario).toBe('july-window');
    expect(JSON.stringify(parsed.message).length).toBeLessThan(10_000);
    expect(parsed.message.seminar).toMatchObject({ paused: false, revealed: false, minutesPerMonth: 3 });
  });

  it('pause blocks player events and resume restores them', () => {
    const s = seminar();
    s.send({ kind: 'pause', reason: 'discussion' });
    expect(s.session.isPaused()).toBe(true);
    expect(s.lastOf('ack')).toMatchObject({ of: 'pause' });
    const before = persisted(s);
    expect(s.session.sendPlayer({ type: 'setup.confirm' })).toEqual({
      ok: false,
      reason: expect.stringMatching(/paused/),
    });
    expect(persisted(s)).toBe(before);
    s.send({ kind: 'resume' });
    expect(s.session.isPaused()).toBe(false);
    expect(s.session.sendPlayer({ type: 'setup.confirm' })).toEqual({ ok: true });
  });

  it('never lets the player UI use facilitator powers', () => {
    const s = seminar();
    toPlanning(s.session);
    const r = s.session.sendPlayer({ type: 'facilitator.adjust', meter: 'trust', value: 90, reason: 'cheat' });
    expect(r.ok).toBe(false);
    expect(s.session.actor.getSnapshot().context.meters.trust).not.toBe(90);
  });

  it('seat changes are the console’s alone, logged with what the seat was', () => {
    const s = seminar();
    toPlanning(s.session);
    const seats = () => s.session.actor.getSnapshot().context.settings.seats;
    expect(s.session.sendPlayer({ type: 'seat.assign', seat: 'tokyo', kind: 'human' })).toMatchObject({ ok: false });
    expect(seats().tokyo).toBe('computer');
    s.send({ kind: 'seat', seat: 'tokyo', to: 'human', reason: 'a late team' });
    expect(seats().tokyo).toBe('human');
    expect(s.lastOf('ack')).toMatchObject({ of: 'seat' });
    expect(s.session.log().at(-1)).toMatchObject({
      kind: 'seat',
      detail: 'made the Tokyo seat a human team (was computer)',
      reason: 'a late team',
    });
    s.consoleEnd.postMessage({ v: 1, session: s.sessionId, id: 'w', kind: 'seat', seat: 'washington', to: 'computer' });
    expect(seats().washington).toBe('human');
  });

  it('runs the turn timer on the injected clock, frozen while paused', () => {
    const s = seminar();
    expect(s.session.timeLeftMs()).toBeNull();
    toPlanning(s.session);
    expect(s.session.timeLeftMs()).toBe(3 * 60_000);
    s.clock.advance(60_000);
    expect(s.session.timeLeftMs()).toBe(2 * 60_000);
    s.send({ kind: 'pause' });
    s.clock.advance(10 * 60_000);
    expect(s.session.timeLeftMs()).toBe(2 * 60_000);
    s.send({ kind: 'timer.adjust', minutes: 5 });
    s.send({ kind: 'resume' });
    s.clock.advance(30_000);
    expect(s.session.timeLeftMs()).toBe(6.5 * 60_000);
    s.send({ kind: 'timer.adjust', minutes: -60 });
    expect(s.session.timeLeftMs()).toBe(0);
  });

  it('an injected event appears in the game and in the log', () => {
    const s = seminar();
    toPlanning(s.session);
    const ctx = s.session.actor.getSnapshot().context;
    const id = Object.keys(ctx.scenario.events)[0];
    s.clock.advance(42_000);
    s.send({ kind: 'inject', event: id, reason: 'test the alliance' });
    const after = s.session.actor.getSnapshot().context;
    expect(after.monthEvents).toContainEqual({ id, injected: true });
    const entry = s.session.log().at(-1);
    expect(entry).toMatchObject({ kind: 'inject', turn: 0, outcome: 'applied', reason: 'test the alliance' });
    expect(entry?.at).toBe(1_700_000_042_000);
    expect(entry?.detail).toContain(ctx.scenario.events[id].title);
    expect(s.lastOf('ack')).toMatchObject({ of: 'inject' });
  });

  it('refuses an impossible action with the model’s reason and logs it', () => {
    const s = seminar();
    toPlanning(s.session);
    s.send({ kind: 'inject', event: 'no-such-event' });
    expect(s.lastOf('refused')).toMatchObject({ of: 'inject', reason: expect.stringMatching(/unknown event/) });
    expect(s.session.log().at(-1)).toMatchObject({ outcome: 'refused' });
  });

  it('stores a custom inject with markup verbatim', () => {
    const s = seminar();
    toPlanning(s.session);
    const title = '<img src=x onerror=alert(1)> Ferry collision';
    s.send({ kind: 'injectCustom', custom: { title, text: '<b>bold</b> & "quotes"', effects: { trust: -5 } } });
    const news = selectNews(s.session.actor.getSnapshot().context);
    expect(news.at(-1)).toMatchObject({ title, text: '<b>bold</b> & "quotes"', injected: true });
    expect(s.session.log().at(-1)?.detail).toContain(title);
  });

  it('undo restores the exact snapshot before a facilitator action', () => {
    const s = seminar();
    toPlanning(s.session);
    s.session.sendPlayer({ type: 'posture.set', ally: 'seoul', posture: 2 });
    const before = persisted(s);
    s.send({ kind: 'adjust', meter: 'seoul.backlash', value: 63.7, reason: 'a scandal' });
    expect(persisted(s)).not.toBe(before);
    s.send({ kind: 'undo', reason: 'wrong meter' });
    expect(s.restores).toHaveLength(1);
    expect(s.restores[0]).toBe(s.session.actor);
    expect(persisted(s)).toBe(before);
    expect(s.session.actor.getSnapshot().context.meters['seoul.backlash']).not.toBe(63.7);
  });

  it('undo at the start of a month goes back to the start of the previous month', () => {
    const s = seminar({
      ...seminar().setup.params,
      seats: { washington: 'human', seoul: 'computer', tokyo: 'computer' },
    });
    toPlanning(s.session);
    const month0 = persisted(s);
    for (const type of ['turn.commit', 'turn.next'] as const) {
      let snap = s.session.actor.getSnapshot();
      while (snap.hasTag('awaitsChoice')) {
        const ctx = snap.context;
        const f = ctx.monthEvents.find((e) => !e.choice && ctx.scenario.events[e.id]?.choices.length);
        if (!f) break;
        s.session.sendPlayer({ type: 'event.choose', event: f.id, choice: ctx.scenario.events[f.id].choices[0].id });
        snap = s.session.actor.getSnapshot();
      }
      expect(s.session.sendPlayer({ type })).toEqual({ ok: true });
    }
    expect(s.session.actor.getSnapshot().context.turn).toBe(1);
    s.send({ kind: 'undo' });
    expect(persisted(s)).toBe(month0);
    expect(s.session.timeLeftMs()).toBe(3 * 60_000);
  });

  it('has nothing to undo before the campaign starts', () => {
    const s = seminar();
    s.send({ kind: 'undo' });
    expect(s.lastOf('refused')).toMatchObject({ reason: 'nothing to undo yet' });
  });

  it('ignores messages for another session, malformed ones and its own kind', () => {
    const s = seminar();
    toPlanning(s.session);
    s.send({ kind: 'pause' }, 'MF1-OTHER');
    s.consoleEnd.postMessage({ v: 1, session: s.sessionId, id: 'x', kind: 'pause', extra: 1, minutes: 'five' });
    s.consoleEnd.postMessage({ v: 1, session: s.sessionId, id: 'y', kind: 'timer.adjust', minutes: 'five' });
    s.consoleEnd.postMessage({ v: 1, session: s.sessionId, id: 'z', kind: 'state', snapshot: {} });
    s.consoleEnd.postMessage('pause');
    s.consoleEnd.postMessage(null);
    expect(s.session.isPaused()).toBe(true); // only the well-formed pause (extra fields are dropped) applied
    expect(s.ignored).toHaveLength(5);
    expect(s.ignored[0]).toMatch(/another session/);
    expect(s.ignored[1]).toMatch(/malformed timer.adjust/);
  });

  it('reveal toggles and end finishes the game', () => {
    const s = seminar();
    toPlanning(s.session);
    let changes = 0;
    s.session.subscribe(() => changes++);
    s.send({ kind: 'reveal', on: true });
    expect(s.session.isRevealed()).toBe(true);
    s.send({ kind: 'end', reason: 'time is up' });
    const snap = s.session.actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.ending).not.toBeNull();
    expect(s.session.timeLeftMs()).toBeNull();
    expect(changes).toBeGreaterThanOrEqual(2);
  });

  it('two sessions on one bus do not cross', () => {
    const a = seminar();
    const b = seminar(a.setup.params, `${a.sessionId}.2`, a.bus);
    a.send({ kind: 'pause' });
    expect(a.session.isPaused()).toBe(true);
    expect(b.session.isPaused()).toBe(false);
    expect(b.ignored.some((r) => /another session/.test(r))).toBe(true);
    b.send({ kind: 'reveal', on: true });
    expect(b.session.isRevealed()).toBe(true);
    expect(a.session.isRevealed()).toBe(false);
  });
});
