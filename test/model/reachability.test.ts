// Model-based reachability (@xstate/graph): from each shipped scenario, the shortest paths over a
// small alphabet of player, delegation and facilitator events reach every rest state of the turn
// region and every state of every other region; the month's automatic steps are entered on the way.
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadShippedScenario, SCENARIO_IDS } from '../../src/content/catalog';
import { gameMachine } from '../../src/model/machine';
import { legalPlanning } from '../../src/model/play/legal';
import { SEASONS, STANCES, THREAT_BANDS } from '../../src/model/regions';
import { selectAwaitingSeats, selectPendingChoices, selectPhase } from '../../src/model/selectors';
import type { GameEvent, GameInput } from '../../src/model/types';

type Snap = ReturnType<typeof gameMachine.transition>;
type Regions = { turn: string; seoul: string; tokyo: string; threat: string; washington: string };

const REST_TURN_STATES = ['planning', 'awaitingAnswers', 'awaitingChoices', 'report'];
const STEP_STATES = ['resolving', 'settling', 'drawingEvents'];

/** The alphabet: hard or no pressure, an ask of Seoul, a shock or a calm, a lost or won vote, answers, choices. */
function eventsFor(s: Snap): GameEvent[] {
  const ctx = s.context;
  switch (selectPhase(s)) {
    case 'setup':
      return [{ type: 'setup.confirm' }];
    case 'briefing':
      return [{ type: 'briefing.done' }];
    case 'planning': {
      const p = ctx.plan.posture;
      const out: GameEvent[] = [{ type: 'turn.commit' }];
      const ask = legalPlanning(ctx).find(
        (e) => e.type === 'initiative.queue' && ctx.scenario.initiatives[e.initiative].proposal?.to.includes('seoul'),
      );
      if (ask?.type === 'initiative.queue') {
        out.push({
          type: 'turn.commit',
          plan: { posture: p, initiatives: [{ id: ask.initiative, channel: ask.channel }] },
        });
      }
      if (p.seoul !== 3 || p.tokyo !== 3) {
        out.push({ type: 'turn.commit', plan: { posture: { seoul: 3, tokyo: 3 }, initiatives: [] } });
      }
      out.push(
        { type: 'facilitator.adjust', meter: 'threat', value: ctx.meters.threat > 50 ? 5 : 95, reason: 'test' },
        { type: 'facilitator.adjust', meter: 'seoul.approval', value: 0, reason: 'test' },
        { type: 'facilitator.adjust', meter: 'tokyo.approval', value: 0, reason: 'test' },
        { type: 'facilitator.adjust', meter: 'seoul.approval', value: 100, reason: 'test' },
        { type: 'facilitator.adjust', meter: 'tokyo.approval', value: 100, reason: 'test' },
      );
      if (ctx.turn === 1) out.push({ type: 'facilitator.end' });
      return out;
    }
    case 'awaitingAnswers':
      return selectAwaitingSeats(ctx).map((w) => ({
        type: 'proposal.answer',
        seat: w.seat,
        proposal: w.proposal,
        answer: 'accept',
      }));
    case 'events':
      return selectPendingChoices(ctx).map((f) => ({
        type: 'event.choose',
        event: f.id,
        choice: ctx.scenario.events[f.id].choices[0].id,
      }));
    case 'report':
      return [{ type: 'turn.next' }];
    default:
      return [];
  }
}

const band = (approval: number) => (approval <= 0 ? 'lo' : approval >= 100 ? 'hi' : 'mid');

/**
 * One vertex per month, plan, approval extremes (so a lost or won vote is its own), choices and
 * answers still due, and the state value.
 */
function key(s: Snap): string {
  const c = s.context;
  return [
    c.turn,
    c.plan.posture.seoul,
    c.plan.posture.tokyo,
    band(c.meters['seoul.approval']),
    band(c.meters['tokyo.approval']),
    selectPendingChoices(c).length,
    selectAwaitingSeats(c).length,
    JSON.stringify(s.value),
  ].join('|');
}

function inputFor(id: string): GameInput {
  const scenario = loadShippedScenario(id);
  if (!scenario.ok) throw new Error(`${id} does not load`);
  return {
    scenario: scenario.value,
    settings: {
      seed: 11,
      difficulty: 'normal',
      eventDensity: 1,
      seats: { washington: 'human', seoul: 'human', tokyo: 'computer' },
    },
  };
}

describe('every state is reachable from the shipped scenarios', () => {
  it('shortest paths reach every rest state of the turn region and every region state', () => {
    const seen: Record<keyof Regions, Set<string>> = {
      turn: new Set(),
      seoul: new Set(),
      tokyo: new Set(),
      threat: new Set(),
      washington: new Set(),
    };
    let ended = 0;
    let paths = 0;
    for (const id of SCENARIO_IDS) {
      const found = getShortestPaths(gameMachine, {
        input: inputFor(id),
        events: (s) => eventsFor(s),
        serializeState: (s) => key(s),
        serializeEvent: (e) => JSON.stringify(e),
      });
      paths += found.length;
      for (const path of found) {
        const v = path.state.value as string | { campaign: Regions };
        if (v === 'ended') ended++;
        if (typeof v === 'string') continue;
        for (const region of Object.keys(seen) as (keyof Regions)[]) seen[region].add(v.campaign[region]);
      }
    }
    expect(paths).toBeGreaterThan(100);
    expect(ended).toBeGreaterThan(0);
    expect([...seen.turn].sort()).toEqual([...REST_TURN_STATES].sort());
    expect([...seen.seoul].sort()).toEqual([...SEASONS].sort());
    expect([...seen.tokyo].sort()).toEqual([...SEASONS].sort());
    expect([...seen.threat].sort()).toEqual([...THREAT_BANDS].sort());
    expect([...seen.washington].sort()).toEqual([...STANCES].sort());
  });

  it("a month's automatic steps are each entered on the way from planning to the report", () => {
    const actor = createActor(gameMachine, { input: inputFor('july-window') });
    const entered = new Set<string>();
    actor.system.inspect((e) => {
      if (e.type !== '@xstate.microstep') return;
      const v = (e.snapshot as unknown as { value: unknown }).value as { campaign?: Regions };
      if (v.campaign) entered.add(v.campaign.turn);
    });
    actor.start();
    actor.send({ type: 'setup.confirm' });
    actor.send({ type: 'briefing.done' });
    for (let month = 0; month < 3 && selectPhase(actor.getSnapshot()) !== 'ended'; month++) {
      for (const e of eventsFor(actor.getSnapshot()).slice(0, 1)) actor.send(e);
      for (let i = 0; i < 20 && selectPhase(actor.getSnapshot()) !== 'planning'; i++) {
        const [next] = eventsFor(actor.getSnapshot());
        if (!next) break;
        actor.send(next);
      }
    }
    for (const state of STEP_STATES) expect(entered).toContain(state);
  });
});
