// Washington's view for scripted players: it holds no hidden value (two contexts that differ only
// in the allies' true values, the generator's state or the remembered concessions give the same
// view), its cards say what the acceptance rule says, and each lens does what its name says.
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../src/content/catalog';
import { problemOf } from '../../src/model/acceptance';
import { electionBlind, estimateBlind, trueValues, BLIND_UNCERTAINTY } from '../../src/model/play/lenses';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/model/machine';
import { playToEnd, runGame } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';
import { selectStrategyView } from '../../src/model/play/view';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { selectPendingChoices, selectSeasons } from '../../src/model/selectors';
import { ALLIES, CHANNELS, type GameContext, HIDDEN_METERS } from '../../src/model/types';

const scenario = (id: string) => {
  const s = loadShippedScenario(id);
  if (!s.ok) throw new Error(`${id} does not load`);
  return s.value;
};

/** Contexts of a few seeded games of each shipped scenario: at each planning phase, and where an event waits for a choice. */
const planningContexts: GameContext[] = [];
const choiceContexts: GameContext[] = [];
for (const id of ['mending-fences', 'july-window', 'built-to-last']) {
  for (const [seed, name] of [
    [1, 'random'],
    [2, 'adaptive'],
  ] as const) {
    const actor = createActor(gameMachine, {
      input: { scenario: scenario(id), settings: { ...DEFAULT_SETTINGS, seed } },
    }).start();
    playToEnd(actor, STRATEGIES[name], {
      beforePlanning: (a) => {
        planningContexts.push(a.getSnapshot().context);
      },
      onSend: (e) => {
        if (e.type === 'event.choose') choiceContexts.push(actor.getSnapshot().context);
      },
    });
  }
}

/** The same context with every hidden value moved: true backlash and willingness, rng, concessions. */
function withOtherSecrets(ctx: GameContext): GameContext {
  const meters = { ...ctx.meters };
  for (const k of HIDDEN_METERS) meters[k] = meters[k] + (meters[k] > 50 ? -0.125 : 0.125);
  return {
    ...ctx,
    meters,
    rng: ctx.rng.map((x) => x ^ 0x55),
    // the reading errors are secret too (estimate minus truth); the concessions are not: Washington
    // saw each yes and the card's domestic cost, so the view carries them
    readingError: {
      seoul: { backlash: ctx.readingError.seoul.backlash + 1, willingness: 2 },
      tokyo: { backlash: -3, willingness: ctx.readingError.tokyo.willingness - 1 },
    },
  };
}

function numbersIn(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') out.push(x);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) numbersIn(v, out);
  return out;
}

describe("Washington's view", () => {
  it('has no hidden value: changing only the secrets leaves the view as it was', () => {
    expect(planningContexts.length).toBeGreaterThan(30);
    for (const ctx of planningContexts) {
      expect(selectStrategyView(withOtherSecrets(ctx))).toEqual(selectStrategyView(ctx));
    }
  });

  it('never carries a true backlash or willingness (made unmistakable) anywhere', () => {
    const secrets = [12.3456789, 23.456789, 34.56789, 45.6789];
    for (const ctx of planningContexts) {
      const meters = { ...ctx.meters };
      HIDDEN_METERS.forEach((k, i) => {
        meters[k] = secrets[i];
      });
      const view = selectStrategyView({ ...ctx, meters });
      const numbers = numbersIn(view);
      for (const x of secrets) expect(numbers).not.toContain(x);
      expect(JSON.stringify(view)).not.toMatch(/12\.345|23\.456|34\.567|45\.678/);
    }
  });

  it("blocks a card's channel exactly when the acceptance rule refuses it on the empty plan", () => {
    for (const ctx of planningContexts.filter((_, i) => i % 5 === 0)) {
      const empty = { ...ctx, plan: { ...ctx.plan, initiatives: [] } };
      const view = selectStrategyView(ctx);
      for (const card of view.initiatives) {
        for (const channel of CHANNELS) {
          expect(card.blocked[channel]).toBe(
            problemOf(empty, { type: 'initiative.queue', initiative: card.id, channel }),
          );
        }
      }
    }
  });

  it('shows the capstone step, the milestones with what they need, and the waiting choices', () => {
    const ctx = planningContexts[0];
    const view = selectStrategyView(ctx);
    expect(view.initiatives.filter((c) => c.capstone).map((c) => c.milestone)).toEqual([ctx.scenario.capstone]);
    expect(view.milestones.find((m) => m.capstone)?.requires).toEqual(
      ctx.scenario.milestones[ctx.scenario.capstone].requires,
    );
    expect(choiceContexts.length).toBeGreaterThan(3);
    for (const c of choiceContexts) {
      const shown = selectPendingChoices(c).map((p) => ({ id: p.id, choices: p.choices.map((x) => x.id) }));
      expect(selectStrategyView(c).pending).toEqual(shown);
    }
  });

  it('takes the seasons of the machine’s regions when given them', () => {
    const ctx = planningContexts[3];
    const view = selectStrategyView(ctx, { seoul: 'campaigning', tokyo: 'paralysed' });
    expect(view.allies.seoul.season).toBe('campaigning');
    expect(view.allies.tokyo.season).toBe('paralysed');
    // history asks of a campaigning Seoul are off the table, as the machine says
    for (const card of view.initiatives.filter((c) => c.kind === 'history')) {
      if (selectStrategyView(ctx).initiatives.find((c) => c.id === card.id)?.blocked.private === null) {
        expect(card.blocked.private).toMatch(/campaigns/);
      }
    }
  });

  it('is what the actor runner hands the strategy (the seasons of its regions)', () => {
    const seen: unknown[] = [];
    const spy = {
      ...STRATEGIES.quiet,
      plan: (v: ReturnType<typeof selectStrategyView>) => {
        seen.push(v);
        return STRATEGIES.quiet.plan(v, () => 0);
      },
    };
    const expected: unknown[] = [];
    runGame({ scenario: scenario('july-window'), settings: { ...DEFAULT_SETTINGS, seed: 4 } }, spy, {
      beforePlanning: (actor) => {
        const snap = actor.getSnapshot();
        expected.push(selectStrategyView(snap.context, selectSeasons(snap)));
      },
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(expected);
  });
});

describe('lenses', () => {
  const ctx = planningContexts.find((c) => c.turn > 2) ?? planningContexts[0];
  const view = selectStrategyView(ctx);
  const rest = (v: typeof view) => ({ ...v, allies: null, washingtonElectionIn: null, washingtonCampaign: null });

  it('electionBlind: every season steady and no clock, nothing else changed', () => {
    const v = electionBlind.apply(view, ctx);
    for (const a of ALLIES) {
      expect(v.allies[a]).toEqual({ ...view.allies[a], season: 'steady', electionIn: null });
    }
    expect(v.washingtonElectionIn).toBeNull();
    expect(v.washingtonCampaign).toBe(false);
    expect(rest(v)).toEqual(rest(view));
  });

  it('estimateBlind: the opening values ±15 whatever Washington has learned', () => {
    const moved = {
      ...ctx,
      estimates: { seoul: { backlash: 99, willingness: 1, uncertainty: 2 }, tokyo: ctx.estimates.tokyo },
    };
    for (const c of [ctx, moved]) {
      const v = estimateBlind.apply(selectStrategyView(c), c);
      for (const a of ALLIES) {
        expect(v.allies[a].estimate).toEqual({
          backlash: ctx.scenario.startValues[a].backlash,
          willingness: ctx.scenario.startValues[a].willingness,
          uncertainty: BLIND_UNCERTAINTY,
        });
        expect({ ...v.allies[a], estimate: null }).toEqual({ ...selectStrategyView(c).allies[a], estimate: null });
      }
    }
  });

  it('trueValues: the true values with no uncertainty', () => {
    const v = trueValues.apply(view, ctx);
    for (const a of ALLIES) {
      expect(v.allies[a].estimate).toEqual({
        backlash: ctx.meters[`${a}.backlash`],
        willingness: ctx.meters[`${a}.willingness`],
        uncertainty: 0,
      });
    }
    expect(rest(v)).toEqual(rest(view));
  });
});
