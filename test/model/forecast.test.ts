// The plan forecast: table tests on the mini scenario, and a property over seeded games of the
// shipped scenarios: whenever an ally's true backlash is inside Washington's estimate band at
// planning and no event card fires that month, its true backlash after the month is inside the
// forecast range, and momentum always is (momentum is public). The coverage figures are printed.

import { RESTING_SHARE } from '../../src/model/rules/drift';
import { SEASON_BACKLASH } from '../../src/model/rules/pressure';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadShippedScenario, SCENARIO_IDS } from '../../src/content/catalog';
import { createInitialContext, nextContext } from '../../src/model/context';
import { forecastPlan, type PlanForecast } from '../../src/model/forecast';
import { gameMachine } from '../../src/model/machine';
import { playToEnd } from '../../src/model/play/runGame';
import { STRATEGIES, type Strategy } from '../../src/model/play/strategies';
import { MEGAPHONE_CREDIBILITY, megaphoneCredibility } from '../../src/model/rules/initiatives';
import { askableAgainAfterNo, REJECTION, refusalWait } from '../../src/model/rules/proposals';
import { monthLabel, monthOfTurn } from '../../src/model/rules/calendar';
import { newProposal } from '../../src/model/phases/resolution';
import { launchState } from '../../src/model/phases/planning';
import { blockReason } from '../../src/model/rules/initiatives';
import { settleProposals } from '../../src/model/phases/settlement';
import { derivedFacts } from '../../src/model/regions';
import { postureEffects } from '../../src/model/rules/pressure';
import { backlashContext } from '../../src/model/context';
import { ALLIES, ANSWERS, type GameContext, type Plan } from '../../src/model/types';
import { miniInput } from '../helpers/game';

const quietPlan: Plan = { posture: { seoul: 0, tokyo: 0 }, initiatives: [] };

function miniCtx(over: Partial<GameContext> = {}): GameContext {
  const ctx = createInitialContext(miniInput({ seed: 3 }));
  return nextContext(ctx, over);
}

describe('forecastPlan on fixed months', () => {
  it('a quiet month with nothing launched: the band, cooled; momentum decays to one value', () => {
    const ctx = miniCtx();
    const f = forecastPlan(ctx, quietPlan);
    for (const ally of ALLIES) {
      const e = ctx.estimates[ally];
      expect(f.capitals[ally].now).toEqual({ low: e.backlash - e.uncertainty, high: e.backlash + e.uncertainty });
      // the band drifts toward the resting level (cooling above it, climbing back below it), and
      // its ends never pass each other
      const rest = RESTING_SHARE * ctx.scenario.startValues[ally].backlash;
      expect(f.capitals[ally].after.low).toBeLessThanOrEqual(Math.floor(Math.max(e.backlash - e.uncertainty, rest)));
      expect(f.capitals[ally].after.high).toBeLessThanOrEqual(Math.ceil(Math.max(e.backlash + e.uncertainty, rest)));
      expect(f.capitals[ally].after.low).toBeLessThanOrEqual(f.capitals[ally].after.high);
      expect(f.capitals[ally].leak).toBe(0);
      expect(f.capitals[ally].answers).toBe(0);
    }
    // momentum 25 decays by 4 + 2.5: public, so the range is one value wide (outward rounding aside)
    expect(f.momentum.after.high - f.momentum.after.low).toBeLessThanOrEqual(1);
    expect(f.momentum.after.low).toBe(18);
  });

  it('leaning hard moves the whole range up by what postureEffects says', () => {
    const ctx = miniCtx();
    const hard: Plan = { posture: { seoul: 0, tokyo: 3 }, initiatives: [] };
    const q = forecastPlan(ctx, quietPlan).capitals.tokyo;
    const h = forecastPlan(ctx, hard).capitals.tokyo;
    const added = postureEffects('tokyo', 3, backlashContext(ctx, 'tokyo'), ctx.meters.credibility)['tokyo.backlash'];
    expect(h.pressure.backlash).toBeCloseTo(added ?? 0, 9);
    // cooling takes back a share of what was added, never all of it
    expect(h.after.high).toBeGreaterThan(q.after.high);
    expect(h.after.high - q.after.high).toBeLessThanOrEqual(Math.ceil(added ?? 0) + 1);
  });

  it('a campaign window makes the same pressure cost more, and says so', () => {
    const ctx = miniCtx();
    const hard: Plan = { posture: { seoul: 3, tokyo: 0 }, initiatives: [] };
    const steady = forecastPlan(ctx, hard, { seoul: 'steady', tokyo: 'steady' });
    const campaign = forecastPlan(ctx, hard, { seoul: 'campaigning', tokyo: 'steady' });
    const ratio = SEASON_BACKLASH.campaigning / SEASON_BACKLASH.steady;
    expect(campaign.capitals.seoul.pressure.multiplier).toBeCloseTo(
      ratio * steady.capitals.seoul.pressure.multiplier,
      9,
    );
    expect(campaign.capitals.seoul.after.high).toBeGreaterThan(steady.capitals.seoul.after.high);
    expect(campaign.risks.some((r) => r.startsWith('Your pressure on Seoul adds'))).toBe(true);
  });

  it('a private ask that can leak widens the range upward and names the leak', () => {
    const ctx = miniCtx();
    const id = Object.values(ctx.scenario.initiatives).find(
      (d) => d.channels.includes('private') && d.leakChance > 0 && d.proposal && d.preconditions.length === 0,
    )?.id;
    expect(id).toBeDefined();
    const plan: Plan = { posture: { seoul: 1, tokyo: 1 }, initiatives: [{ id: id as string, channel: 'private' }] };
    const f = forecastPlan(ctx, plan);
    expect(f.risks.some((r) => r.startsWith('A leak of'))).toBe(true);
    const leaked = ALLIES.filter((a) => f.capitals[a].leak > 0);
    expect(leaked.length).toBeGreaterThan(0);
    // the ask is put to someone: their answers may cost them at home, or momentum
    expect(f.momentum.after.high).toBeGreaterThan(f.momentum.after.low);
  });

  it('a month with a vote includes both results', () => {
    // mini: Tokyo's House of Councillors votes in 2022-07 (turn 2)
    const ctx = miniCtx({ turn: 2 });
    const f = forecastPlan(ctx, quietPlan);
    expect(f.capitals.tokyo.vote).toEqual({ name: 'House of Councillors', win: -8, loss: 6 });
    expect(f.capitals.seoul.vote).toBeNull();
    expect(f.risks.some((r) => r.startsWith('Tokyo votes this month'))).toBe(true);
  });

  it('names the megaphone: a public launch costs credibility only while Washington presses', () => {
    const ctx = miniCtx();
    const id = Object.values(ctx.scenario.initiatives).find(
      (d) => d.channels.includes('public') && d.preconditions.length === 0,
    )?.id as string;
    const plan: Plan = { posture: { seoul: 1, tokyo: 1 }, initiatives: [{ id, channel: 'public' }] };
    const megaphone = (f: PlanForecast) => f.risks.filter((r) => r.includes('(the megaphone)'));
    expect(megaphone(forecastPlan(miniCtx({ pressureHistory: [1, 1, 1] }), plan))).toEqual([]);
    const pressing = forecastPlan(miniCtx({ pressureHistory: [5, 5, 5] }), plan);
    expect(megaphone(pressing)).toEqual([
      `Washington is pressing: the public launch costs ${-MEGAPHONE_CREDIBILITY} credibility (the megaphone).`,
    ]);
    expect(megaphoneCredibility('overreaching')).toBe(MEGAPHONE_CREDIBILITY);
    expect(megaphoneCredibility('engaged')).toBe(0);
  });

  it('warns that a no from a campaigning capital holds the card back longer, for the capitals asked only', () => {
    const ctx = miniCtx();
    const def = Object.values(ctx.scenario.initiatives).find(
      (d) => d.proposal?.to.length === 2 && d.preconditions.length === 0,
    );
    expect(def).toBeDefined();
    const plan: Plan = {
      posture: { seoul: 0, tokyo: 0 },
      initiatives: [{ id: def?.id as string, channel: 'private' }],
    };
    const stump = (f: PlanForecast) => f.risks.filter((r) => r.includes('campaigns: a no shelves'));
    const until = monthLabel(
      monthOfTurn(ctx.scenario.start, ctx.turn + refusalWait(true) + Math.max(1, def?.cooldown ?? 0)),
    );
    expect(stump(forecastPlan(ctx, plan, { seoul: 'steady', tokyo: 'steady' }))).toEqual([]);
    expect(stump(forecastPlan(ctx, plan, { seoul: 'steady', tokyo: 'campaigning' }))).toEqual([
      `Tokyo campaigns: a no shelves ${def?.name} until ${until} (+${REJECTION.stumpWait} months for it).`,
    ]);
    expect(stump(forecastPlan(ctx, quietPlan, { seoul: 'campaigning', tokyo: 'campaigning' }))).toEqual([]);
    // it comes before a boiling worst case, after a rupture
    const hot = miniCtx({ estimates: { ...ctx.estimates, tokyo: { ...ctx.estimates.tokyo, backlash: 66 } } });
    const f = forecastPlan(hot, plan, { seoul: 'steady', tokyo: 'campaigning' });
    const at = (re: RegExp) => f.risks.findIndex((r) => re.test(r));
    expect(at(/campaigns: a no shelves/)).toBeGreaterThanOrEqual(0);
    expect(at(/could end the month boiling|could reach 100/)).toBeGreaterThanOrEqual(0);
    if (at(/could reach 100/) >= 0) expect(at(/could reach 100/)).toBeLessThan(at(/campaigns: a no shelves/));
    if (at(/could end the month boiling/) >= 0)
      expect(at(/campaigns: a no shelves/)).toBeLessThan(at(/could end the month boiling/));
  });

  it('names every card a campaign no would shelve, not only the longest', () => {
    const ctx = miniCtx();
    const cards = Object.values(ctx.scenario.initiatives)
      .filter((d) => d.proposal?.to.includes('tokyo') && d.preconditions.length === 0)
      .slice(0, 2);
    expect(cards).toHaveLength(2);
    const plan: Plan = {
      posture: { seoul: 0, tokyo: 0 },
      initiatives: cards.map((d) => ({ id: d.id, channel: 'private' as const })),
    };
    const risks = forecastPlan(ctx, plan, { seoul: 'steady', tokyo: 'campaigning' }).risks;
    for (const d of cards) expect(risks.filter((r) => r.includes(`a no shelves ${d.name} `))).toHaveLength(1);
  });

  it('says a no near the end shelves the card for the rest of the game', () => {
    const ctx = miniCtx();
    const def = Object.values(ctx.scenario.initiatives).find(
      (d) => d.proposal?.to.length === 2 && d.preconditions.length === 0,
    );
    const plan: Plan = {
      posture: { seoul: 0, tokyo: 0 },
      initiatives: [{ id: def?.id as string, channel: 'private' }],
    };
    const late = miniCtx({ turn: ctx.scenario.months - refusalWait(true) - 1 });
    const risks = forecastPlan(late, plan, { seoul: 'campaigning', tokyo: 'steady' }).risks;
    expect(risks.filter((r) => r.includes('to the end'))).toHaveLength(1);
  });

  it('dates the shelving as settlement does: the card comes back in the month it names', () => {
    const ctx = miniCtx({ turn: 2 });
    const def = Object.values(ctx.scenario.initiatives).find((d) => d.proposal?.to.includes('tokyo'));
    if (!def) throw new Error('the mini scenario has no card asking Tokyo');
    for (const season of ['steady', 'campaigning'] as const) {
      const p = { ...newProposal(ctx.turn, def, 'private'), answers: { seoul: 'accept', tokyo: 'reject' } as const };
      const settled = settleProposals(nextContext(ctx, { proposals: [p] }), {
        ...derivedFacts(ctx),
        seasons: { seoul: 'steady', tokyo: season },
      });
      // the card's cooldown counts from the launch settlement records
      const firstFree = (settled.lastLaunched[def.id] ?? 0) + Math.max(1, def.cooldown);
      expect(askableAgainAfterNo(ctx.turn, def.cooldown, season === 'campaigning')).toBe(firstFree);
      // next month the card says it was refused, and comes back in the month named
      const next = nextContext(settled, { turn: ctx.turn + 1, proposals: [] });
      expect(blockReason(def, 'private', launchState(next, []))).toBe(
        `${def.name} was refused; it can be asked again in ${firstFree - (ctx.turn + 1)} months`,
      );
    }
  });

  it('says that events are left out', () => {
    expect(forecastPlan(miniCtx(), quietPlan).leavesOut).toMatch(/Event cards/);
  });
});

interface Sample {
  ctx: GameContext;
  forecast: PlanForecast;
  /** The same plan forecast from the true values (a zero-width band): a missing step shows here. */
  oracle: PlanForecast;
}

/** The context with Washington's estimates replaced by the truth, at no uncertainty. */
function knowing(ctx: GameContext): GameContext {
  const m = ctx.meters;
  const exact = (a: 'seoul' | 'tokyo') => ({
    backlash: m[`${a}.backlash`],
    willingness: m[`${a}.willingness`],
    uncertainty: 0,
  });
  return nextContext(ctx, { estimates: { seoul: exact('seoul'), tokyo: exact('tokyo') } });
}

/**
 * A strategy that records, at each planning, the context (read from the game, `now`; the strategy
 * itself sees only Washington's view) and the forecast of the plan it sends.
 */
function recording(inner: Strategy, samples: Sample[], now: () => GameContext): Strategy {
  return {
    ...inner,
    plan(view, draw) {
      const ctx = now();
      const plan = inner.plan(view, draw);
      samples.push({ ctx, forecast: forecastPlan(ctx, plan), oracle: forecastPlan(knowing(ctx), plan) });
      return plan;
    },
  };
}

describe('forecastPlan against the truth in seeded games', () => {
  // The shipped decks fire a card almost every month, so half the games run with the event deck
  // emptied (the months the forecast is about); the other half keep it and check the months without.
  it('holds whenever the truth is in the band and no event fires (shipped scenarios × 4 strategies × 12 seeds)', () => {
    let checked = 0;
    let outOfBand = 0;
    let withEvents = 0;
    let momentumChecked = 0;
    let oracleChecked = 0;
    let width = 0;
    let oracleWidth = 0;
    const misses: string[] = [];
    for (const id of SCENARIO_IDS) {
      const loaded = loadShippedScenario(id);
      if (!loaded.ok) throw new Error(`scenario ${id} does not load`);
      for (const name of ['random', 'adaptive', 'hard', 'loud']) {
        for (let seed = 1; seed <= 12; seed++) {
          const human = seed % 3 === 0;
          const samples: Sample[] = [];
          const noEvents = seed % 2 === 0;
          const scenario = noEvents ? { ...loaded.value, events: {} } : loaded.value;
          const actor = createActor(gameMachine, {
            input: {
              scenario,
              settings: {
                seed: seed * 104729,
                difficulty: (['easy', 'normal', 'hard'] as const)[seed % 3],
                eventDensity: seed % 4 === 1 ? 0.3 : 1,
                seats: { washington: 'human', seoul: human ? 'human' : 'computer', tokyo: 'computer' },
              },
            },
          }).start();
          const end = playToEnd(
            actor,
            recording(STRATEGIES[name], samples, () => actor.getSnapshot().context),
            {
              strategySeed: seed,
              answer: (_ctx, _seat, proposal) => ({ answer: ANSWERS[(proposal.length + seed) % 4], rationale: '' }),
            },
          );
          actor.stop();
          for (const { ctx, forecast, oracle } of samples) {
            const record = end.history.find((r) => r.turn === ctx.turn);
            if (!record) continue;
            if (record.events.length > 0) {
              withEvents++;
              continue;
            }
            const m = forecast.momentum.after;
            momentumChecked++;
            if (record.meters.momentum < m.low || record.meters.momentum > m.high) {
              misses.push(
                `${id}/${name}/${seed} turn ${ctx.turn} momentum ${record.meters.momentum} not in ${m.low}–${m.high}`,
              );
            }
            for (const ally of ALLIES) {
              const after0 = record.meters[`${ally}.backlash`];
              const o = oracle.capitals[ally].after;
              oracleChecked++;
              width += forecast.capitals[ally].after.high - forecast.capitals[ally].after.low;
              oracleWidth += o.high - o.low;
              if (after0 < o.low || after0 > o.high) {
                misses.push(
                  `${id}/${name}/${seed} turn ${ctx.turn} ${ally} ${after0} not in the truth's ${o.low}–${o.high}`,
                );
              }
              const truth = ctx.meters[`${ally}.backlash`];
              const e = ctx.estimates[ally];
              if (Math.abs(truth - e.backlash) > e.uncertainty + 0.05) {
                outOfBand++;
                continue;
              }
              checked++;
              const after = record.meters[`${ally}.backlash`];
              const r = forecast.capitals[ally].after;
              if (after < r.low || after > r.high) {
                misses.push(`${id}/${name}/${seed} turn ${ctx.turn} ${ally} ${after} not in ${r.low}–${r.high}`);
              }
            }
          }
        }
      }
    }
    console.log(
      `forecast coverage: ${checked} capital-months checked (truth in band, no event), ${misses.length} outside; ` +
        `${momentumChecked} momentum checks; ${oracleChecked} from the truth; mean width ${(width / oracleChecked).toFixed(1)} ` +
        `(${(oracleWidth / oracleChecked).toFixed(1)} from the truth); skipped ${outOfBand} capital-months out of band and ${withEvents} months with events`,
    );
    expect(misses.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});
