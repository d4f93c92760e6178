// The hand-over view model names the human delegation that must answer and gives its true brief;
// Washington's view never carries a true hidden value (checked with an unusual true backlash).
import { describe, expect, it } from 'vitest';
import { selectInitiatives, selectWashingtonView } from '../../src/model/selectors';
import { REJECTION, refusalWait } from '../../src/model/rules/proposals';
import { selectHandover, washingtonLeaks } from '../../src/seminar/handover';
import { seminar, toPlanning } from './helpers';

function askSeoul(s: ReturnType<typeof seminar>) {
  toPlanning(s.session);
  const card = selectInitiatives(s.session.actor.getSnapshot()).find(
    (c) => c.asks.includes('seoul') && c.blocked.private === null,
  );
  if (!card) throw new Error('no initiative asks Seoul in month one');
  expect(s.session.sendPlayer({ type: 'initiative.queue', initiative: card.id, channel: 'private' })).toEqual({
    ok: true,
  });
  return card;
}

describe('hand-over', () => {
  it('shows nothing outside the answers phase', () => {
    const s = seminar();
    toPlanning(s.session);
    expect(selectHandover(s.session.actor.getSnapshot())).toBeNull();
  });

  it('names the human delegation and gives its true brief and red lines', () => {
    const s = seminar();
    const card = askSeoul(s);
    s.send({ kind: 'adjust', meter: 'seoul.backlash', value: 63.7, reason: 'test' });
    expect(s.session.sendPlayer({ type: 'turn.commit' })).toEqual({ ok: true });
    const snap = s.session.actor.getSnapshot();
    expect(snap.hasTag('awaitsDelegation')).toBe(true);
    const h = selectHandover(snap);
    expect(h).not.toBeNull();
    if (!h) return;
    expect(h.seat).toBe('seoul');
    expect(h.passTo).toMatch(/Seoul delegation/);
    expect(h.brief.backlash).toBe(snap.context.meters['seoul.backlash']);
    expect(h.brief.asks.map((a) => a.initiative)).toContain(card.name);
    expect(h.headroom.boiling).toBeCloseTo(Math.max(0, 75 - h.brief.backlash), 5);
    for (const r of h.redLines) {
      expect(r.backlashIfAcceptedPrivately).toBeCloseTo(r.backlashIfAccepted / 2, 1);
      expect(r.crossesBoiling).toBe(h.brief.backlash + r.backlashIfAccepted >= 75);
    }
    // Seoul answers through the player path; the hand-over then closes.
    const ask = h.brief.asks[0];
    expect(
      s.session.sendPlayer({
        type: 'proposal.answer',
        seat: 'seoul',
        proposal: ask.key,
        answer: 'stall',
        rationale: 'not now',
      }),
    ).toEqual({ ok: true });
    expect(selectHandover(s.session.actor.getSnapshot())).toBeNull();
  });

  it('tells a campaigning delegation that a no holds the card back longer, as settlement then does', () => {
    const s = seminar();
    const card = askSeoul(s);
    expect(s.session.sendPlayer({ type: 'turn.commit' })).toEqual({ ok: true });
    const snap = s.session.actor.getSnapshot();
    const h = selectHandover(snap);
    if (!h) throw new Error('no hand-over');
    const campaigning = snap.context.politics.seoul.season === 'campaigning';
    expect(campaigning, "the flagship opens in Seoul's local-election campaign").toBe(true);
    const ask = h.brief.asks.find((a) => a.initiative === card.name);
    if (!ask) throw new Error('the ask is not in the brief');
    expect(h.redLines.find((r) => r.proposal === ask.key)?.noHoldsLonger).toBe(REJECTION.stumpWait);
    const turn = snap.context.turn;
    expect(
      s.session.sendPlayer({
        type: 'proposal.answer',
        seat: 'seoul',
        proposal: ask.key,
        answer: 'reject',
        rationale: 'not before the vote',
      }),
    ).toEqual({ ok: true });
    expect(s.session.actor.getSnapshot().context.lastLaunched[card.id]).toBe(turn + refusalWait(true));
  });

  it("Washington's view contains no true hidden value", () => {
    const s = seminar();
    toPlanning(s.session);
    s.send({ kind: 'adjust', meter: 'seoul.backlash', value: 63.7, reason: 'test' });
    s.send({ kind: 'adjust', meter: 'tokyo.willingness', value: 41.3, reason: 'test' });
    const ctx = s.session.actor.getSnapshot().context;
    expect(ctx.meters['seoul.backlash']).toBe(63.7);
    expect(ctx.estimates.seoul.backlash).not.toBe(63.7);
    const text = JSON.stringify(selectWashingtonView(ctx));
    expect(text).not.toMatch(/63\.7(?!\d)/);
    expect(text).not.toMatch(/41\.3(?!\d)/);
    expect(washingtonLeaks(ctx)).toEqual([]);
  });

  it('the leak check itself catches a leaking view', () => {
    const s = seminar();
    toPlanning(s.session);
    s.send({ kind: 'adjust', meter: 'seoul.backlash', value: 63.7, reason: 'test' });
    const ctx = s.session.actor.getSnapshot().context;
    const leaky = { ...selectWashingtonView(ctx), debug: { truth: ctx.meters['seoul.backlash'] } };
    expect(washingtonLeaks(ctx, leaky)).toEqual(['seoul.backlash']);
  });
});
