// Closing a month and opening the next. Elections due this month are decided; the month's drift
// applies (cooling, decay, reciprocity); Washington's estimates are refreshed; the ending is
// checked; and the month is archived in the history with its ledger. Pure.

import { startDraws } from '../random';
import { round1 } from '../rules/bounds';
import { ALLY_METERS } from '../rules/allyMeters';
import { monthOfTurn } from '../rules/calendar';
import { applyDelta } from '../rules/effects';
import {
  aftermath,
  resultEffects,
  voteTurns,
  washingtonResultEffects,
  washingtonWinProbability,
  winProbability,
} from '../rules/elections';
import { estimate, nextError, nextUncertainty } from '../rules/estimates';
import { CONCESSION_MEMORY, allyDrift, credibilityDelta, momentumDecay, threatDecay, trustDelta } from '../rules/drift';
import { breakingPoint, endingNow } from '../rules/endings';
import { securedMilestones } from '../rules/milestones';
import { derivedFacts, type RegionFacts } from '../regions';
import {
  ALLIES,
  type AllyId,
  type ElectionResult,
  type EndingId,
  type GameContext,
  type Meters,
  type TurnRecord,
} from '../types';
import { draftOf, isLastMonth, nextContext, openSeasons } from '../context';

/**
 * Closes the month. `facts` are what the machine's regions say (the seasons the month was played
 * in, Washington's stance, which decides the credibility cost of overreach); derived when absent.
 */
export function closeMonth(ctx: GameContext, facts: RegionFacts = derivedFacts(ctx)): GameContext {
  const { scenario } = ctx;
  const draft = draftOf(ctx);
  const draws = startDraws(ctx.rng);
  const politics = { seoul: ctx.politics.seoul, tokyo: ctx.politics.tokyo };
  const results: ElectionResult[] = [];

  const votes = voteTurns(scenario.elections, scenario.start);
  for (let i = 0; i < scenario.elections.length; i++) {
    if (votes[i] !== ctx.turn) continue;
    const e = scenario.elections[i];
    const cause = `election.${e.id}`;
    if (e.who === 'washington') {
      const won = draws.next() < washingtonWinProbability(e.lean);
      applyDelta(draft, 'credibility', washingtonResultEffects(won).credibility, cause);
      results.push({ id: e.id, turn: ctx.turn, ally: 'washington', won });
      continue;
    }
    const ally = e.who;
    const keys = ALLY_METERS[ally];
    const p = winProbability(draft.meters[keys.approval], draft.meters[keys.backlash], e.lean);
    const won = draws.next() < p;
    const fx = resultEffects(e, won);
    applyDelta(draft, keys.backlash, fx.backlash, cause);
    applyDelta(draft, keys.approval, fx.approval, cause);
    applyDelta(draft, keys.willingness, fx.willingness, cause);
    politics[ally] = aftermath(e, won, ctx.turn);
    results.push({ id: e.id, turn: ctx.turn, ally, won });
  }

  // A public that hit 100 during the month has walked away, even if the month's cooling follows:
  // the breaking point is read before the month's drift can soften it.
  const broken = breakingPoint(draft.meters);
  const { stance, seasons } = facts;
  for (const ally of ALLIES) {
    const other: AllyId = ally === 'seoul' ? 'tokyo' : 'seoul';
    const imbalance = ctx.concessions[ally] - ctx.concessions[other];
    const baseline = scenario.startValues[ally];
    const drift = allyDrift(ally, draft.meters, seasons[ally], baseline, imbalance);
    const keys = ALLY_METERS[ally];
    applyDelta(draft, keys.backlash, drift.cooling, 'drift.cooling');
    applyDelta(draft, keys.backlash, drift.resentment, 'drift.reciprocity');
    applyDelta(draft, keys.willingness, drift.willingness, 'drift.willingness');
    applyDelta(draft, keys.approval, drift.approval, 'drift.approval');
  }
  applyDelta(draft, 'momentum', momentumDecay(draft.meters.momentum), 'drift.momentum');
  applyDelta(draft, 'threat', threatDecay(draft.meters.threat), 'drift.threat');
  applyDelta(draft, 'trust', trustDelta(draft.meters.trust, draft.meters.momentum), 'drift.trust');
  const overreach = stance === 'overreaching';
  applyDelta(
    draft,
    'credibility',
    credibilityDelta(draft.meters.credibility, overreach),
    overreach ? 'stance.overreaching' : 'drift.credibility',
  );

  let intel = 0;
  for (const q of ctx.plan.initiatives) intel += scenario.initiatives[q.id].intel;
  const estimates = {} as GameContext['estimates'];
  const readingError = {} as GameContext['readingError'];
  for (const ally of ALLIES) {
    const before = ctx.estimates[ally].uncertainty;
    const u = nextUncertainty(before, intel);
    const was = ctx.readingError[ally];
    const backlash = nextError(was.backlash, before, u, draws.next());
    readingError[ally] = { backlash, willingness: nextError(was.willingness, before, u, draws.next()) };
    const keys = ALLY_METERS[ally];
    estimates[ally] = estimate(draft.meters[keys.backlash], draft.meters[keys.willingness], u, readingError[ally]);
  }

  const stalledMonths = draft.meters.momentum <= 0 ? ctx.stalledMonths + 1 : 0;
  const ending = broken ?? judge(ctx, draft.meters, stalledMonths, isLastMonth(ctx));

  const record: TurnRecord = {
    turn: ctx.turn,
    month: monthOfTurn(scenario.start, ctx.turn),
    posture: ctx.plan.posture,
    initiatives: ctx.plan.initiatives,
    proposals: ctx.proposals,
    events: ctx.monthEvents,
    meters: draft.meters,
    estimates,
    milestones: Object.keys(ctx.milestones).filter((id) => ctx.milestones[id] === ctx.turn),
    elections: results,
    seasons: { seoul: seasons.seoul, tokyo: seasons.tokyo },
    stance,
    bandwidth: ctx.bandwidth,
    ledger: draft.ledger,
  };

  return nextContext(ctx, {
    meters: draft.meters,
    rng: draws.done(),
    politics,
    estimates,
    readingError,
    elections: results.length ? [...ctx.elections, ...results] : ctx.elections,
    concessions: {
      seoul: round1(ctx.concessions.seoul * CONCESSION_MEMORY),
      tokyo: round1(ctx.concessions.tokyo * CONCESSION_MEMORY),
    },
    stalledMonths,
    ending,
    history: [...ctx.history, record],
    monthLedger: [],
    monthEvents: [],
    proposals: [],
  });
}

/**
 * Advance to the next month: seasons and bandwidth are recomputed (in the threat band the threat
 * region is in), initiatives cleared.
 */
export function openMonth(ctx: GameContext, facts: RegionFacts = derivedFacts(ctx)): GameContext {
  return openSeasons(
    ctx,
    { turn: ctx.turn + 1, plan: { posture: ctx.plan.posture, initiatives: [] } },
    facts.threatBand,
  );
}

function judge(ctx: GameContext, meters: Meters, stalledMonths: number, last: boolean): EndingId | null {
  const { scenario } = ctx;
  return endingNow({
    meters,
    stalledMonths,
    isLastMonth: last,
    capstoneReached: scenario.capstone in ctx.milestones,
    secured: securedMilestones(ctx.milestones, scenario.alreadyReached).length,
    available: Object.keys(scenario.milestones).length - scenario.alreadyReached.length,
  });
}

/** The ending if the facilitator stops the session now: judged as if this were the last month. */
export function endingIfStoppedNow(ctx: GameContext): EndingId {
  return judge(ctx, ctx.meters, ctx.stalledMonths, true) ?? 'drift';
}
