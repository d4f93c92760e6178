// Short stories through the real actor on the mini scenario (no mocks).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { whyNot } from '../../src/model/whyNot';
import type { GameEvent, LedgerEntry, MeterKey } from '../../src/model/types';
import { ledgerTotals, miniInput, startedGame } from '../helpers/game';

type Actor = ReturnType<typeof startedGame>;

/** Play months with nudges on both allies (enough to keep momentum) until `turn` is the planning month. */
function advanceTo(actor: Actor, turn: number) {
  for (let guard = 0; actor.getSnapshot().context.turn < turn; guard++) {
    if (guard > 40 || actor.getSnapshot().status !== 'active') throw new Error('the game did not reach the month');
    actor.send({ type: 'posture.set', ally: 'seoul', posture: 1 });
    actor.send({ type: 'posture.set', ally: 'tokyo', posture: 1 });
    actor.send({ type: 'turn.commit' });
    for (const e of actor.getSnapshot().context.monthEvents) {
      const def = actor.getSnapshot().context.scenario.events[e.id];
      if (def?.choices.length && !e.choice)
        actor.send({ type: 'event.choose', event: e.id, choice: def.choices[1].id });
    }
    actor.send({ type: 'turn.next' });
  }
}

/** Ledger entries of the month just closed. */
const lastLedger = (actor: Actor): LedgerEntry[] => actor.getSnapshot().context.history.at(-1)?.ledger ?? [];
const from = (entries: LedgerEntry[], cause: string, meter: MeterKey) =>
  entries.filter((e) => e.cause === cause && e.meter === meter).reduce((a, e) => a + e.delta, 0);

describe('the statechart', () => {
  it('walks setup → briefing → campaign with its parallel regions', () => {
    const actor = createActor(gameMachine, { input: miniInput() }).start();
    expect(actor.getSnapshot().value).toBe('setup');
    actor.send({ type: 'setup.confirm' });
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'briefing.done' });
    const v = actor.getSnapshot().value as Record<string, Record<string, unknown>>;
    expect(Object.keys(v.campaign).sort()).toEqual(['seoul', 'threat', 'tokyo', 'turn', 'washington']);
    expect(v.campaign.turn).toBe('planning');
    expect(v.campaign.seoul).toBe('steady');
    expect(v.campaign.washington).toBe('quiet');
    expect(v.campaign.threat).toBe('elevated');
    expect(actor.getSnapshot().hasTag('acceptsPlayerInput')).toBe(true);
  });

  it("mirrors Tokyo's campaign window and the result of its election in the season region", () => {
    const actor = startedGame();
    advanceTo(actor, 1);
    const season = () => (actor.getSnapshot().value as { campaign: { tokyo: string } }).campaign.tokyo;
    expect(season()).toBe('campaigning');
    advanceTo(actor, 3);
    expect(['honeymoon', 'paralysed']).toContain(season());
    expect(actor.getSnapshot().context.elections.map((e) => e.id)).toContain('hoc-2022');
  });

  it("pushing Tokyo hard in its campaign window raises Tokyo's backlash more than the same push later", () => {
    const during = startedGame({ seed: 5 });
    advanceTo(during, 1);
    during.send({ type: 'posture.set', ally: 'tokyo', posture: 3 });
    during.send({ type: 'turn.commit' });
    const inCampaign = from(lastLedger(during), 'posture.tokyo', 'tokyo.backlash');

    const after = startedGame({ seed: 5 });
    advanceTo(after, 8); // past the honeymoon or paralysis that follows the July vote
    expect(after.getSnapshot().context.politics.tokyo.season).toBe('steady');
    after.send({ type: 'posture.set', ally: 'tokyo', posture: 3 });
    after.send({ type: 'turn.commit' });
    const later = from(lastLedger(after), 'posture.tokyo', 'tokyo.backlash');
    expect(later).toBeGreaterThan(0);
    expect(inCampaign).toBeGreaterThan(later * 1.3);
  });

  it('a severe threat makes a security initiative cheaper in backlash', () => {
    const cost = (threat: number) => {
      const actor = startedGame({ seed: 2 });
      actor.send({ type: 'facilitator.adjust', meter: 'threat', value: threat, reason: 'test' });
      actor.send({ type: 'initiative.queue', initiative: 'missile-drill', channel: 'public' });
      actor.send({ type: 'turn.commit' });
      return from(lastLedger(actor), 'initiative.missile-drill.public', 'seoul.backlash');
    };
    expect(cost(85)).toBeGreaterThan(0);
    expect(cost(85)).toBeLessThan(cost(20) * 0.6);
  });

  it('a month with no pressure loses momentum', () => {
    const actor = startedGame({ seed: 9 });
    const before = actor.getSnapshot().context.meters.momentum;
    actor.send({ type: 'turn.commit' });
    expect(from(lastLedger(actor), 'drift.momentum', 'momentum')).toBeLessThan(0);
    expect(actor.getSnapshot().context.meters.momentum).toBeLessThan(before);
  });

  it('three months without momentum end the game in drift', () => {
    const actor = startedGame({ seed: 4 });
    for (let month = 0; month < 3; month++) {
      actor.send({ type: 'facilitator.adjust', meter: 'momentum', value: 0, reason: 'test' });
      actor.send({ type: 'turn.commit' });
      if (month < 2) actor.send({ type: 'turn.next' });
    }
    expect(actor.getSnapshot().context.stalledMonths).toBe(3);
    expect(actor.getSnapshot().context.ending).toBe('drift');
    actor.send({ type: 'turn.next' });
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('waits in the events phase for a choice, then applies it', () => {
    const actor = startedGame({ seed: 1 });
    advanceTo(actor, 5); // Oct 2022: the scheduled overflight
    actor.send({ type: 'turn.commit' });
    const snap = actor.getSnapshot();
    expect(snap.hasTag('awaitsChoice')).toBe(true);
    actor.send({ type: 'event.choose', event: 'missile-overflight', choice: 'emergency-call' });
    expect(actor.getSnapshot().hasTag('showsReport')).toBe(true);
    expect(from(lastLedger(actor), 'choice.missile-overflight.emergency-call', 'trust')).toBeGreaterThan(0);
  });

  it("a milestone needs both sides' yes while its prerequisites hold", () => {
    const actor = startedGame({ seed: 1, seats: { washington: 'human', seoul: 'human', tokyo: 'human' } });
    actor.send({ type: 'initiative.queue', initiative: 'foreign-ministers', channel: 'private' });
    actor.send({ type: 'turn.commit' });
    expect(actor.getSnapshot().hasTag('awaitsDelegation')).toBe(true);
    const key = actor.getSnapshot().context.proposals[0].key;
    actor.send({
      type: 'proposal.answer',
      seat: 'seoul',
      proposal: key,
      answer: 'accept',
      rationale: 'We want talks.',
    });
    expect(actor.getSnapshot().hasTag('awaitsDelegation')).toBe(true);
    actor.send({
      type: 'proposal.answer',
      seat: 'tokyo',
      proposal: key,
      answer: 'acceptPrivately',
      rationale: 'Quietly.',
    });
    const ctx = actor.getSnapshot().context;
    expect(ctx.milestones['ministerial-channel']).toBe(0);
    expect(ctx.history.at(-1)?.proposals[0].rationales).toEqual({ seoul: 'We want talks.', tokyo: 'Quietly.' });
  });

  it('a yes beside a no is a one-sided concession the conceding public resents', () => {
    const actor = startedGame({ seed: 1, seats: { washington: 'human', seoul: 'human', tokyo: 'human' } });
    actor.send({ type: 'initiative.queue', initiative: 'foreign-ministers', channel: 'public' });
    actor.send({ type: 'turn.commit' });
    const key = actor.getSnapshot().context.proposals[0].key;
    actor.send({ type: 'proposal.answer', seat: 'seoul', proposal: key, answer: 'accept' });
    actor.send({ type: 'proposal.answer', seat: 'tokyo', proposal: key, answer: 'reject' });
    const ledger = lastLedger(actor);
    expect(from(ledger, 'answer.foreign-ministers', 'seoul.backlash')).toBeGreaterThan(0);
    expect(from(ledger, 'answer.foreign-ministers', 'tokyo.backlash')).toBe(0);
    expect(from(ledger, 'answer.foreign-ministers', 'credibility')).toBeLessThan(0);
    expect(actor.getSnapshot().context.milestones['ministerial-channel']).toBeUndefined();
  });
});

describe('illegal and malformed events', () => {
  const cases: [string, GameEvent, RegExp][] = [
    ['unknown initiative', { type: 'initiative.queue', initiative: 'nope', channel: 'public' }, /unknown initiative/],
    [
      'bad channel',
      { type: 'initiative.queue', initiative: 'foreign-ministers', channel: 'loud' as 'public' },
      /channel/,
    ],
    ['posture out of range', { type: 'posture.set', ally: 'seoul', posture: 7 as 3 }, /posture must be 0/],
    ['unknown ally', { type: 'posture.set', ally: 'pyongyang' as 'seoul', posture: 1 }, /unknown ally/],
    [
      'answer to a proposal that is not open',
      { type: 'proposal.answer', seat: 'seoul', proposal: 'x', answer: 'accept' },
      /no open proposal/,
    ],
    [
      'adjust outside bounds',
      { type: 'facilitator.adjust', meter: 'trust', value: 140, reason: 'x' },
      /between 0 and 100/,
    ],
    ['adjust without a reason', { type: 'facilitator.adjust', meter: 'trust', value: 40, reason: ' ' }, /reason/],
    ['unknown event to inject', { type: 'facilitator.inject', event: 'nope' }, /unknown event/],
    [
      'custom event with a huge effect',
      { type: 'facilitator.injectCustom', custom: { title: 't', text: 'x', effects: { trust: 90 } } },
      /between -25 and 25/,
    ],
    [
      'choosing for an event that has not fired',
      { type: 'event.choose', event: 'missile-overflight', choice: 'keep-focus' },
      /not waiting/,
    ],
  ];
  it.each(cases)('%s is refused with a reason and changes nothing', (_n, event, reason) => {
    const actor = startedGame();
    const before = JSON.stringify(actor.getPersistedSnapshot());
    expect(actor.getSnapshot().can(event)).toBe(false);
    expect(whyNot(actor.getSnapshot(), event)).toMatch(reason);
    actor.send(event);
    expect(JSON.stringify(actor.getPersistedSnapshot())).toBe(before);
  });

  it('an answer from a seat the proposal is not addressed to is refused while the delegations answer', () => {
    const actor = startedGame({ seed: 1, seats: { washington: 'human', seoul: 'human', tokyo: 'human' } });
    actor.send({ type: 'initiative.queue', initiative: 'foreign-ministers', channel: 'public' });
    actor.send({ type: 'turn.commit' });
    expect(actor.getSnapshot().hasTag('awaitsDelegation')).toBe(true);
    const key = actor.getSnapshot().context.proposals[0].key;
    const wrongSeat: GameEvent = { type: 'proposal.answer', seat: 'washington', proposal: key, answer: 'accept' };
    const before = JSON.stringify(actor.getPersistedSnapshot());
    expect(actor.getSnapshot().can(wrongSeat)).toBe(false);
    expect(whyNot(actor.getSnapshot(), wrongSeat)).toBe('this proposal is not addressed to washington');
    actor.send(wrongSeat);
    expect(JSON.stringify(actor.getPersistedSnapshot())).toBe(before);
  });

  it('events that are not legal in the current state are refused and change nothing', () => {
    const actor = startedGame();
    actor.send({ type: 'turn.commit' }); // now in the report
    const before = JSON.stringify(actor.getPersistedSnapshot());
    const notNow: GameEvent[] = [
      { type: 'posture.set', ally: 'seoul', posture: 2 },
      { type: 'initiative.queue', initiative: 'foreign-ministers', channel: 'public' },
      { type: 'turn.commit' },
      { type: 'setup.confirm' },
      { type: 'briefing.done' },
    ];
    for (const e of notNow) {
      expect(whyNot(actor.getSnapshot(), e)).toMatch(/not possible now/);
      actor.send(e);
    }
    expect(JSON.stringify(actor.getPersistedSnapshot())).toBe(before);
  });

  it('a custom inject keeps its text as given and its effects within bounds', () => {
    const actor = startedGame();
    const title = '<img src=x onerror=alert(1)>';
    actor.send({ type: 'facilitator.injectCustom', custom: { title, text: 'a & b', effects: { trust: 5 } } });
    const fired = actor.getSnapshot().context.monthEvents[0];
    expect(fired.custom?.title).toBe(title);
    expect(ledgerTotals(actor.getSnapshot().context.monthLedger).trust).toBe(5);
  });

  it('the facilitator injects an event once a month: a second copy could never take its own choice', () => {
    const actor = startedGame();
    const id = Object.keys(actor.getSnapshot().context.scenario.events)[0];
    actor.send({ type: 'facilitator.inject', event: id });
    expect(actor.getSnapshot().context.monthEvents.filter((e) => e.id === id)).toHaveLength(1);
    const again = { type: 'facilitator.inject', event: id } as const;
    expect(actor.getSnapshot().can(again)).toBe(false);
    expect(whyNot(actor.getSnapshot(), again)).toMatch(/already happened this month/);
    actor.send(again);
    expect(actor.getSnapshot().context.monthEvents.filter((e) => e.id === id)).toHaveLength(1);
  });
});
