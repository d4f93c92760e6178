// Scripted players for the balance lab and the property tests. Each strategy turns Washington's
// view (view.ts: plain data, no hidden value) into the month's decisions, so none can read an
// ally's true backlash or willingness. `draw` is the strategy's own seeded stream, separate from
// the game's, so the game's randomness is the same whatever the strategy does with its own.

import { ADVISOR_THRESHOLDS } from '../rules/advisors';
import { type AllyId, CHANNELS, type Channel, type Plan, type Posture, type QueuedInitiative } from '../types';
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

/**
 * An election-aware player: presses while a public is calm and no campaign is near, eases off in
 * campaign windows and when an estimate simmers, sends history asks privately, and uses threat
 * spikes for security initiatives.
 */
export const adaptive: Strategy = {
  name: 'adaptive',
  describe:
    'election-aware: pushes when publics are calm, eases off in campaigns, history in private, security in crises',
  plan(view) {
    const dial = (ally: AllyId): Posture => {
      const est = view.allies[ally].estimate;
      const worst = est.backlash + est.uncertainty / 2;
      if (worst >= 70) return 0;
      if (campaignNear(view, ally) || worst >= 55) return 1;
      return view.momentum < 40 ? 2 : 1;
    };
    const threatHigh = view.threat >= 55;
    const hot = Math.max(view.allies.seoul.estimate.backlash, view.allies.tokyo.estimate.backlash) >= 65;
    return planWith(view, dial('seoul'), dial('tokyo'), wishList(view.initiatives, threatHigh, hot));
  },
  choose: firstChoice,
};

/** The adaptive player's wish list, in order: it reads the cards and two readings (a threat spike, a hot public). */
function wishList(cards: readonly InitiativeView[], threatHigh: boolean, hot: boolean): readonly QueuedInitiative[] {
  // The capstone's step first when it is open, then security in a crisis, history, the rest.
  const rank = (d: InitiativeView) => {
    if (d.capstone) return -1;
    if (d.kind === 'security') return threatHigh ? 0 : 2;
    if (d.kind === 'history') return 1;
    if (d.kind === 'signal') return hot ? 0 : 4;
    return 3;
  };
  // Ask only for steps that secure a milestone; every ask costs something at home.
  return cards
    .filter((d) => d.milestone !== null || d.kind === 'signal')
    .sort((a, b) => rank(a) - rank(b))
    .map((d) => ({
      id: d.id,
      channel: (d.kind === 'history' || hot || !d.channels.includes('public') ? 'private' : 'public') as Channel,
      channels: d.channels,
    }))
    .filter((w) => w.channels.includes(w.channel))
    .map(({ id, channel }) => ({ id, channel }));
}

/**
 * The megaphone: presses both allies without leaning hard, and does everything in public, every
 * month. Publics simmer rather than boil, but the broker's standing wears away.
 */
export const loud: Strategy = {
  name: 'loud',
  describe: 'presses both allies and does everything in public: the broker as megaphone',
  plan: (view) =>
    planWith(
      view,
      2,
      2,
      view.initiatives
        .filter((d) => d.channels.includes('public'))
        .map((d) => ({ id: d.id, channel: 'public' as const })),
    ),
  choose: firstChoice,
};

export const STRATEGIES: Record<string, Strategy> = { hard, quiet, random, adaptive, loud };
