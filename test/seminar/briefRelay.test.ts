// The brief windows of a single-machine seminar: each seat's channel carries only that seat's
// projection (the other delegation's true values never appear in it), and an answer sent on a seat's
// channel is that seat's, whatever the message claims; bad messages are refused with a reason.
import { describe, expect, it } from 'vitest';
import { BriefRelay, type BriefSeat } from '../../src/app/briefRelay';
import type { ChannelLike } from '../../src/seminar/channel';
import { numbersIn } from '../../src/seminar/handover';
import { bus, PARAMS, seminar, toPlanning } from './helpers';

function withWindows() {
  const s = seminar({ ...PARAMS, seats: { washington: 'human', seoul: 'human', tokyo: 'human' } });
  const windows = {} as Record<BriefSeat, { end: ChannelLike; heard: Record<string, unknown>[] }>;
  const relayEnds = {} as Record<BriefSeat, ChannelLike>;
  for (const seat of ['seoul', 'tokyo'] as const) {
    const b = bus();
    relayEnds[seat] = b.endpoint();
    const end = b.endpoint();
    const heard: Record<string, unknown>[] = [];
    end.onmessage = (ev) => heard.push(ev.data as Record<string, unknown>);
    windows[seat] = { end, heard };
  }
  const away = new Set<BriefSeat>();
  let told = 0;
  const relay = new BriefRelay(
    s.session,
    (seat) => relayEnds[seat],
    away,
    () => told++,
  );
  return { s, windows, away, relay, told: () => told };
}

const lastView = (heard: Record<string, unknown>[]) =>
  [...heard].reverse().find((m) => m.kind === 'view')?.view as
    | { role: string; brief: { backlash: number } }
    | undefined;

describe('brief windows', () => {
  it('each window hears only its own seat, and answers only for it', () => {
    const { s, windows, away, told } = withWindows();
    toPlanning(s.session);
    s.send({ kind: 'adjust', meter: 'tokyo.backlash', value: 63.7, reason: 'test' });
    s.send({ kind: 'adjust', meter: 'seoul.backlash', value: 41.3, reason: 'test' });
    expect(windows.seoul.heard).toEqual([]); // nothing is sent before a window says hello
    windows.seoul.end.postMessage({ v: 1, kind: 'hello' });
    expect([...away]).toEqual(['seoul']);
    expect(told()).toBe(1);
    expect(lastView(windows.seoul.heard)).toMatchObject({ role: 'seoul', brief: { backlash: 41.3 } });
    expect(windows.tokyo.heard).toEqual([]);

    const queued = [
      'reopen-ministerial-channel',
      'revive-gsomia',
      'people-exchanges',
      'economic-security-dialogue',
    ].find((initiative) => s.session.sendPlayer({ type: 'initiative.queue', initiative, channel: 'private' }).ok);
    expect(queued).toBeDefined();
    expect(s.session.sendPlayer({ type: 'turn.commit' })).toEqual({ ok: true });
    const ctx = s.session.actor.getSnapshot().context;
    const tokyoTruth = ctx.meters['tokyo.backlash'];
    const seoulViews = windows.seoul.heard.filter((m) => m.kind === 'view');
    expect(seoulViews.length).toBeGreaterThan(1);
    for (const v of seoulViews) expect(numbersIn(v)).not.toContain(tokyoTruth);
    expect(JSON.stringify(seoulViews)).not.toContain('"role":"tokyo"');

    const pending = (lastView(windows.seoul.heard) as unknown as { brief: { asks: { key: string }[] } }).brief.asks;
    expect(pending.length).toBeGreaterThan(0);
    windows.seoul.end.postMessage({
      v: 1,
      kind: 'answer',
      seat: 'tokyo',
      proposal: pending[0].key,
      answer: 'stall',
      rationale: 'later\u202e',
    });
    expect(windows.seoul.heard.at(-1)).toMatchObject({ kind: 'reply', ok: true });
    const last = s.session.actor.getSnapshot().context.decisions.at(-1)?.event as Record<string, unknown>;
    expect(last).toMatchObject({ type: 'proposal.answer', seat: 'seoul', answer: 'stall' });
    expect(String(last.rationale)).not.toContain('\u202e');

    windows.seoul.end.postMessage({ v: 1, kind: 'answer', proposal: pending[0].key, answer: 'maybe' });
    expect(windows.seoul.heard.at(-1)).toMatchObject({ kind: 'reply', ok: false, reason: 'malformed message' });
    windows.seoul.end.postMessage({ v: 1, kind: 'answer', proposal: 'no-such-ask', answer: 'accept' });
    expect(windows.seoul.heard.at(-1)).toMatchObject({ kind: 'reply', ok: false });
  });

  it('a paused seminar refuses a window’s answer', () => {
    const { s, windows } = withWindows();
    toPlanning(s.session);
    windows.tokyo.end.postMessage({ v: 1, kind: 'hello' });
    s.send({ kind: 'pause' });
    windows.tokyo.end.postMessage({ v: 1, kind: 'answer', proposal: 'x', answer: 'accept' });
    expect(windows.tokyo.heard.at(-1)).toMatchObject({
      kind: 'reply',
      ok: false,
      reason: expect.stringMatching(/paused/),
    });
    expect(lastView(windows.tokyo.heard)).toMatchObject({ role: 'tokyo', paused: true });
  });
});
