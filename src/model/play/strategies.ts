// Scripted players for the balance lab and the property tests. Each strategy turns Washington's
// view (view.ts: plain data, no hidden value) into the month's decisions, so none can read an
// ally's true backlash or willingness. `draw` is the strategy's own seeded stream, separate from
// the game's, so the game's randomness is the same whatever the strategy does with its own.

import { ADVISOR_THRESHOLDS } from '../rules/advisors';
import { type AllyId, CHANNELS, type Channel, type Plan, type Posture, type QueuedInitiative } from '../types';
import { capstonePath, expectedAllYes } from './readings';
import type { InitiativeView, StrategyView } from './view';

export type { StrategyView } from './view';

export interface Strategy {
  name: string;
  describe: string;
  /** The month's plan, sent with `turn.commit`. */
  plan(view: StrategyView, draw: () => number): Plan;
  /** The choice for an event waiting for one. */
  choose(view: StrategyView, eventId: string, draw: () => number): string;
}

function pick<T>(list: readonly T[], draw: () => number): T {
  return list[Math.floor(draw() * list.length)];
}

/** What is still open in a plan being built: the bandwidth left and the initiatives queued. */
interface Draft {
  left: number;
  queued: Set<string>;
}

/** True when `card` can go through `channel` on top of the draft (the model's rule, read off the view). */
function fits(card: InitiativeView, channel: Channel, d: Draft): boolean {
  return card.blocked[channel] === null && !d.queued.has(card.id) && card.bandwidth <= d.left;
}

/** A plan with these postures and the wanted initiatives that fit, in order. */
export function planWith(
  view: StrategyView,
  seoul: Posture,
  tokyo: Posture,
  wanted: readonly QueuedInitiative[] = [],
): Plan {
  const cards = new Map(view.initiatives.map((c) => [c.id, c]));
  const draft: Draft = { left: view.bandwidth, queued: new Set() };
  const initiatives: QueuedInitiative[] = [];
  for (const w of wanted) {
    const card = cards.get(w.id);
    if (!card || !fits(card, w.channel, draft)) continue;
    initiatives.push({ id: w.id, channel: w.channel });
    draft.queued.add(w.id);
    draft.left -= card.bandwidth;
  }
  return { posture: { seoul, tokyo }, initiatives };
}

/** The choices offered for a waiting event, in the card's order. */
function offered(view: StrategyView, eventId: string): readonly string[] {
  const choices = view.pending.find((p) => p.id === eventId)?.choices ?? [];
  if (!choices.length) throw new Error(`no choice is offered for event "${eventId}"`);
  return choices;
}

const firstChoice = (view: StrategyView, id: string) => offered(view, id)[0];

export const hard: Strategy = {
  name: 'hard',
  describe: 'leans hard on both allies every month and launches everything in public',
  plan: (view) =>
    planWith(
      view,
      3,
      3,
      view.initiatives.map((c) => ({ id: c.id, channel: 'public' as const })),
    ),
  choose: firstChoice,
};

export const quiet: Strategy = {
  name: 'quiet',
  describe: 'never pushes: quiet dials and no initiatives',
  plan: (view) => planWith(view, 0, 0),
  choose: (view, id) => offered(view, id).at(-1) ?? firstChoice(view, id),
};

export const random: Strategy = {
  name: 'random',
  describe: 'uniformly random legal decisions',
  plan(view, draw) {
    const posture = { seoul: Math.floor(draw() * 4) as Posture, tokyo: Math.floor(draw() * 4) as Posture };
    const draft: Draft = { left: view.bandwidth, queued: new Set() };
    const initiatives: QueuedInitiative[] = [];
    for (let i = 0; i < 4 && draw() < 0.7; i++) {
      const options: QueuedInitiative[] = [];
      for (const card of view.initiatives) {
        for (const channel of CHANNELS) if (fits(card, channel, draft)) options.push({ id: card.id, channel });
      }
      if (!options.length) break;
      const q = pick(options, draw);
      initiatives.push(q);
      draft.queued.add(q.id);
      draft.left -= view.initiatives.find((c) => c.id === q.id)?.bandwidth ?? 0;
    }
    return { posture, initiatives };
  },
  choose: (view, id, draw) => pick(offered(view, id), draw),
};

/** True when an ally's campaign is on the advisers' minds: campaigning, or its vote close. */
export function campaignNear(view: StrategyView, ally: AllyId): boolean {
  const a = view.allies[ally];
  return a.season === 'campaigning' || (a.electionIn !== null && a.electionIn <= ADVISOR_THRESHOLDS.electionWithin);
}

/** The judgement player's reading thresholds (backlash points, chances); tuned in the balance lab. */
export const JUDGEMENT: JudgementParams = {
  /** Share of the estimate's band added to the estimate: how cautiously it reads a public. */
  margin: 0.6,
  /**
   * The narrowest band it reads with, however sure the reading: even a true reading of today
   * moves with the month's events, so a band of 0 does not mean pushing to the edge.
   */
  minBand: 7,
  /** Below this reading a public takes a press; at or above `hot` the dial goes quiet. */
  calm: 15,
  warm: 30,
  hot: 67,
  /** Momentum below which it presses harder. */
  slowMomentum: 50,
  /** A cool-off month when a public reads this hot. */
  coolAt: 55,
  /** It asks only when all asked capitals say yes this likely (a capstone step: `onPath`). */
  minYes: 0.98,
  onPath: 0.15,
  /** Private asks in one month at most: leaks grow with each. */
  maxPrivate: 1,
  /** The dial for a public that reads below `warm` in a campaign window, and in a honeymoon. */
  campaignDial: 0,
  honeymoonDial: 3,
  /** Months left below which it lowers the bar for a capstone step in proportion. */
  urgentMonths: 6,
  /**
   * Tending the process: while momentum is below `tendAt` it runs its signals (intelligence,
   * consultation, deterrence) in public, where they move the process, unless a public reads at
   * `tendHot` or more; otherwise in public only while every public reads below `warm`.
   */
  tendAt: 40,
  tendHot: 70,
  /**
   * It does not put an ask to a campaigning capital while more months are left than this: a no on
   * the campaign trail holds the card back longer (`refusalWait`), which only the last months can afford.
   */
  stumpMonths: 3,
};

export interface JudgementParams {
  margin: number;
  minBand: number;
  calm: number;
  warm: number;
  hot: number;
  slowMomentum: number;
  coolAt: number;
  minYes: number;
  onPath: number;
  maxPrivate: number;
  urgentMonths: number;
  tendAt: number;
  tendHot: number;
  stumpMonths: number;
  campaignDial: Posture;
  honeymoonDial: Posture;
}

const SIGNALS = ['intelligence-briefing', 'trilateral-consultation', 'extended-deterrence'];

/**
 * The judgement player: reads each public from Washington's estimates and their band, eases off
 * before a public boils and in a campaign, leans hard in a honeymoon (the window a win opens: half the backlash), asks only when its readings
 * (the model's own answer rule on the estimates) say the asked capitals are likely to agree, the
 * capstone's steps first, history in private and one private ask a month at most, keeps
 * intelligence and consultation going (in public while the process needs tending), and calls a
 * cool-off month when a public reads hot.
 */
export function judgementPlayer(j: JudgementParams = JUDGEMENT, name = 'adaptive'): Strategy {
  return {
    name,
    describe:
      'judgement: reads the estimates and the election calendar, asks when its readings say yes is likely, capstone steps first, eases off before a public boils',
    plan(view) {
      const reading = (ally: AllyId) => {
        const e = view.allies[ally].estimate;
        return e.backlash + j.margin * Math.max(e.uncertainty, j.minBand);
      };
      const worst = { seoul: reading('seoul'), tokyo: reading('tokyo') };
      const slow = view.momentum < j.slowMomentum;
      const dial = (ally: AllyId): Posture => {
        const w = worst[ally];
        const season = view.allies[ally].season;
        if (w >= j.hot) return 0;
        if (season === 'campaigning') return w < j.warm ? j.campaignDial : 0;
        if (season === 'honeymoon') return w < j.warm ? j.honeymoonDial : 1;
        if (w < j.calm) return slow ? 3 : 2;
        if (w < j.warm) return slow ? 2 : 1;
        return 1;
      };
      const hottest = Math.max(worst.seoul, worst.tokyo);
      const wanted: QueuedInitiative[] = [];
      if (hottest >= j.coolAt) wanted.push({ id: 'cool-off-month', channel: 'private' });
      const path = capstonePath(view);
      const steps = view.initiatives
        .filter((c) => c.milestone !== null && !view.milestones.find((m) => m.id === c.milestone)?.reached)
        .sort((a, b) => Number(path.has(b.milestone ?? '')) - Number(path.has(a.milestone ?? '')));
      // A capstone step is worth a longer shot as the months run out.
      const monthsLeft = view.months - view.turn;
      const onPath = j.onPath * Math.min(1, monthsLeft / j.urgentMonths);
      let privates = 0;
      for (const card of steps) {
        if (card.asks.some((a) => worst[a] >= j.hot)) continue;
        if (monthsLeft > j.stumpMonths && card.asks.some((a) => view.allies[a].season === 'campaigning')) continue;
        const warm = card.asks.some((a) => worst[a] >= j.warm);
        let channel: Channel = card.kind === 'history' || warm ? 'private' : 'public';
        if (channel === 'private' && privates >= j.maxPrivate) {
          if (warm) continue;
          channel = 'public';
        }
        if (!card.channels.includes(channel)) continue;
        if (expectedAllYes(view, card, channel) < (path.has(card.milestone ?? '') ? onPath : j.minYes)) continue;
        wanted.push({ id: card.id, channel });
        if (channel === 'private') privates++;
      }
      for (const id of SIGNALS) {
        const card = view.initiatives.find((c) => c.id === id);
        if (!card) continue;
        const tending = view.momentum < j.tendAt && hottest < j.tendHot;
        const channel: Channel =
          card.channels.includes('public') && (hottest < j.warm || tending) ? 'public' : 'private';
        if (card.channels.includes(channel)) wanted.push({ id, channel });
      }
      return planWith(view, dial('seoul'), dial('tokyo'), wanted);
    },
    choose: firstChoice,
  };
}

export const adaptive: Strategy = judgementPlayer();

/**
 * The megaphone: nudges both allies, and does everything in public, every month. Publics simmer
 * rather than boil, but the broker's standing wears away.
 */
export const loud: Strategy = {
  name: 'loud',
  describe: 'nudges both allies and does everything in public, every month: the broker as megaphone',
  plan: (view) =>
    planWith(
      view,
      1,
      1,
      view.initiatives
        .filter((d) => d.channels.includes('public'))
        .map((d) => ({ id: d.id, channel: 'public' as const })),
    ),
  choose: firstChoice,
};

export const STRATEGIES: Record<string, Strategy> = { hard, quiet, random, adaptive, loud };
