// Pure transition tests of each region (`transition` on hand-built snapshots, no actor): the
// regions move only on their named events, and the rules read the regions rather than the
// context: each test builds a snapshot whose region disagrees with the context on purpose.
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { derivedFacts, regionEvents } from '../../src/model/regions';
import { selectInitiatives, selectPhase } from '../../src/model/selectors';
import type { GameContext } from '../../src/model/types';
import { whyNot } from '../../src/model/whyNot';
import { loadShippedScenario } from '../../src/content/catalog';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { startedGame } from '../helpers/game';
import { createActor } from 'xstate';

/** The flagship's first planning month. */
function flagshipStart(): GameContext {
  const scenario = loadShippedScenario('mending-fences');
  if (!scenario.ok) throw new Error('the flagship does not load');
  const actor = createActor(gameMachine, { input: { scenario: scenario.value, settings: DEFAULT_SETTINGS } }).start();
  actor.send({ type: 'setup.confirm' });
  actor.send({ type: 'briefing.done' });
  return actor.getSnapshot().context;
}

type Regions = { turn: string; seoul: string; tokyo: string; threat: string; washington: string };
const REST: Regions = { turn: 'planning', seoul: 'steady', tokyo: 'steady', threat: 'calm', washington: 'quiet' };

/** A snapshot of the mini game's first month with the regions set as given (the context untouched). */
function at(regions: Partial<Regions>, context?: GameContext) {
  const ctx = context ?? startedGame().getSnapshot().context;
  return gameMachine.resolveState({ value: { campaign: { ...REST, ...regions } }, context: ctx });
}

const value = (s: { value: unknown }) => (s.value as { campaign: Regions }).campaign;

describe('the season regions', () => {
  it.each([
    ['seoul.campaignOpened', 'steady', 'campaigning'],
    ['seoul.voteWon', 'campaigning', 'honeymoon'],
    ['seoul.voteLost', 'campaigning', 'paralysed'],
    ['seoul.seasonEnded', 'honeymoon', 'steady'],
    ['seoul.seasonEnded', 'paralysed', 'steady'],
    ['seoul.campaignOpened', 'honeymoon', 'campaigning'],
  ] as const)('%s moves Seoul from %s to %s, and leaves Tokyo alone', (type, from, to) => {
    const [next] = transition(gameMachine, at({ seoul: from, tokyo: 'honeymoon' }), { type } as never);
    expect(value(next).seoul).toBe(to);
    expect(value(next).tokyo).toBe('honeymoon');
    expect(value(next).turn).toBe('planning');
  });

  it("a history concession is refused while the asked ally's region campaigns, whatever the context says", () => {
    const base = flagshipStart();
    const asked = Object.values(base.scenario.initiatives).find(
      (d) => d.kind === 'history' && d.proposal?.to.includes('tokyo'),
    );
    if (!asked) throw new Error('the flagship has no history initiative asking Tokyo');
    // Its preconditions lifted, so that only the season may refuse it.
    const history = { ...asked, preconditions: [], cooldown: 0 };
    const ctx: GameContext = {
      ...base,
      scenario: { ...base.scenario, initiatives: { ...base.scenario.initiatives, [history.id]: history } },
      bandwidth: 6,
      politics: { seoul: { season: 'steady', seasonUntil: -1 }, tokyo: { season: 'steady', seasonUntil: -1 } },
    };
    const queue = { type: 'initiative.queue', initiative: history.id, channel: history.channels[0] } as const;
    expect(ctx.politics.tokyo.season).toBe('steady');
    const calm = at({}, ctx);
    const campaigning = at({ tokyo: 'campaigning' }, ctx);
    const pre = whyNot(calm, queue);
    if (pre !== null) throw new Error(`the history initiative is blocked for another reason: ${pre}`);
    expect(campaigning.can(queue)).toBe(false);
    expect(whyNot(campaigning, queue)).toMatch(/off the table while Tokyo campaigns/);
    const [after] = transition(gameMachine, campaigning, queue);
    expect(after.context.plan.initiatives).toEqual([]);
    // the cards say the same as the machine
    const card = selectInitiatives(campaigning).find((c) => c.id === history.id);
    expect(card?.blocked[history.channels[0]]).toMatch(/campaigns/);
  });
});

describe('the threat region', () => {
  it.each(['calm', 'elevated', 'severe'] as const)('threat.%s moves it there from any band', (band) => {
    for (const from of ['calm', 'elevated', 'severe']) {
      const [next] = transition(gameMachine, at({ threat: from }), { type: `threat.${band}` } as never);
      expect(value(next).threat).toBe(band);
    }
  });

  it("sets next month's bandwidth: a severe region cuts it even when the meter reads calm", () => {
    const ctx = {
      ...startedGame().getSnapshot().context,
      meters: { ...startedGame().getSnapshot().context.meters, threat: 10 },
    };
    const bandwidthAfter = (threat: string) =>
      transition(gameMachine, at({ turn: 'report', threat }, ctx), { type: 'turn.next' })[0].context.bandwidth;
    expect(bandwidthAfter('severe')).toBeLessThan(bandwidthAfter('calm'));
  });
});

describe('the washington region', () => {
  it.each(['quiet', 'engaged', 'pressing', 'overreaching'] as const)('washington.%s moves the stance there', (s) => {
    const [next] = transition(gameMachine, at({ washington: 'quiet' }), { type: `washington.${s}` } as never);
    expect(value(next).washington).toBe(s);
  });

  it('decides the credibility cost of overreach when the month closes, whatever the pressure history', () => {
    const ctx = startedGame().getSnapshot().context;
    expect(ctx.pressureHistory).toEqual([]);
    const closed = (washington: string) => {
      const [next] = transition(gameMachine, at({ turn: 'drawingEvents', washington }, ctx), {
        type: 'month.stepDone',
      } as never);
      expect(selectPhase(next)).toBe('report');
      return next.context.history.at(-1);
    };
    const over = closed('overreaching');
    const quiet = closed('quiet');
    expect(over?.stance).toBe('overreaching');
    expect(over?.ledger.some((e) => e.cause === 'stance.overreaching')).toBe(true);
    expect(quiet?.ledger.some((e) => e.cause === 'stance.overreaching')).toBe(false);
  });
});

describe('the turn region', () => {
  it('runs the month as visible steps: each automatic step ends with month.stepDone', () => {
    const seen: string[] = [];
    const inspect = createInspected();
    inspect.actor.send({ type: 'turn.commit' });
    for (const v of inspect.values) if (!seen.includes(v)) seen.push(v);
    expect(seen.slice(0, 3)).toEqual(['resolving', 'settling', 'drawingEvents']);
    expect(['report', 'awaitingChoices']).toContain(seen.at(-1));
  });

  it('raises region events only for what the step changed', () => {
    const ctx = startedGame().getSnapshot().context;
    const facts = derivedFacts(ctx);
    expect(regionEvents(facts, ctx)).toEqual([]);
    const hot = { ...ctx, meters: { ...ctx.meters, threat: 95 }, pressureHistory: [6, 6, 6] };
    expect(regionEvents(facts, hot).map((e) => e.type)).toEqual(['threat.severe', 'washington.overreaching']);
  });
});

/** An actor on the mini game that records the turn region's state after every microstep. */
function createInspected() {
  const values: string[] = [];
  const actor = startedGame();
  actor.system.inspect((e) => {
    if (e.type !== '@xstate.microstep') return;
    const v = e.snapshot as unknown as { value: unknown };
    const campaign = (v.value as { campaign?: Regions }).campaign;
    if (campaign) values.push(campaign.turn);
  });
  return { actor, values };
}
