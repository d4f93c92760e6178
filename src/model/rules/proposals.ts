// How a delegation answers a proposal, and what the answers do. The computer weighs willingness
// against the domestic cost, its public's backlash, the election clock, US credibility, trust and
// (for security asks) the threat; a seeded draw decides among accept, accept privately, stall and
// reject. A human delegation's answer goes through the same settlement rules (DESIGN §1.4).

import type { InitiativeDef } from '../../content/schema';
import type { AllyId, Answer, Channel, Effects, Season } from '../types';
import { ALLY_METERS } from './allyMeters';

export interface AnswerInputs {
  willingness: number;
  backlash: number;
  credibility: number;
  trust: number;
  threat: number;
  season: Season;
  /** How much saying yes costs at home (0–30). */
  domesticCost: number;
  kind: InitiativeDef['kind'];
  channel: Channel;
  /** Net concessions this ally has made beyond the other (positive: it has given more). */
  imbalance: number;
  /** From the difficulty table. */
  bias: number;
  /** The process's momentum (0–100): a moving process carries leaders along. */
  momentum: number;
  /** The asked leader's approval (0–100): the political capital a yes spends. */
  approval: number;
}

/** Offset that puts a neutral ask of a willing (50) ally near a coin flip. */
export const ANSWER_BASE = 3;
/** Answer points per point of momentum above (or below) a process that is merely ticking over. */
export const MOMENTUM_WEIGHT = 0.2;
export const MOMENTUM_PIVOT = 35;
/** Answer points per point of the leader's approval above (or below) an ordinary standing. */
export const APPROVAL_WEIGHT = 0.15;
export const APPROVAL_PIVOT = 40;
/** Approval an ask costs the asked leader, whatever the answer: considering it spends capital. */
export const ASK_APPROVAL_COST = 1;
/**
 * Backlash (before the multiplier) asking a campaigning capital raises there, once a month however
 * many asks it gets: the opposition seizes on Washington's demands.
 */
export const CAMPAIGN_ASK_BACKLASH = 6;

/** The capitals among `asks` that campaign and have not yet been charged for an ask this month. */
export function campaignCharged(
  asks: readonly AllyId[],
  seasons: Record<AllyId, Season>,
  charged: ReadonlySet<AllyId>,
): AllyId[] {
  return asks.filter((a) => seasons[a] === 'campaigning' && !charged.has(a));
}

/**
 * What putting an ask costs the capitals it asks, whatever they answer: approval everywhere, and
 * backlash (scaled by the capital's multiplier) where one campaigns and was not charged this month
 * (`charged`). Resolution applies it; the forecast applies it at both ends of Washington's band.
 */
export function askEffects(
  asks: readonly AllyId[],
  seasons: Record<AllyId, Season>,
  multipliers: Record<AllyId, number>,
  charged: ReadonlySet<AllyId> = new Set(),
): Effects {
  const out: Effects = {};
  for (const ally of asks) out[ALLY_METERS[ally].approval] = -ASK_APPROVAL_COST;
  for (const ally of campaignCharged(asks, seasons, charged)) {
    out[ALLY_METERS[ally].backlash] = CAMPAIGN_ASK_BACKLASH * multipliers[ally];
  }
  return out;
}

/** Share of a campaigning capital's no that is a stall: a leader on the stump says no outright. */
export const CAMPAIGN_STALL_SHARE = 0.15;

const SEASON_SCORE: Record<Season, number> = { steady: 0, campaigning: -24, honeymoon: 10, paralysed: -6 };

/** The answer score's terms, each named: what a delegation weighs (the reasons read these). */
export interface AnswerTerms {
  willingness: number;
  base: number;
  domesticCost: number;
  backlash: number;
  credibility: number;
  trust: number;
  threat: number;
  season: number;
  imbalance: number;
  channel: number;
  momentum: number;
  approval: number;
  bias: number;
}

export function answerTerms(i: AnswerInputs): AnswerTerms {
  return {
    willingness: i.willingness,
    base: ANSWER_BASE,
    domesticCost: -(i.domesticCost * (i.season === 'campaigning' ? 1.5 : 1)),
    backlash: -(0.45 * Math.max(0, i.backlash - 40)),
    credibility: 0.25 * (i.credibility - 50),
    trust: 0.15 * (i.trust - 40),
    threat: i.kind === 'security' ? 0.35 * (i.threat - 40) : 0.1 * (i.threat - 40),
    season: SEASON_SCORE[i.season],
    imbalance: -(0.5 * Math.max(0, i.imbalance)),
    channel: i.channel === 'private' ? 4 : 0,
    momentum: MOMENTUM_WEIGHT * (i.momentum - MOMENTUM_PIVOT),
    approval: APPROVAL_WEIGHT * (i.approval - APPROVAL_PIVOT),
    bias: i.bias,
  };
}

/** The answer score: around 50 is a coin flip between yes and no. The terms, summed in their order. */
export function answerScore(i: AnswerInputs): number {
  const t = answerTerms(i);
  return (
    t.willingness +
    t.base +
    t.domesticCost +
    t.backlash +
    t.credibility +
    t.trust +
    t.threat +
    t.season +
    t.imbalance +
    t.channel +
    t.momentum +
    t.approval +
    t.bias
  );
}

/** Probability of saying yes in some form for a score. */
export function acceptProbability(score: number): number {
  return 1 / (1 + Math.exp(-(score - 50) / 9));
}

/**
 * The computer's answer for `u` drawn uniformly in [0, 1). A yes is public unless the proposal
 * came privately or the public is already simmering; a no is a stall more often than a rejection
 * unless the score is very low.
 */
export function computerAnswer(i: AnswerInputs, u: number): Answer {
  const score = answerScore(i);
  const p = acceptProbability(score);
  if (u < p) return i.channel === 'private' || i.backlash >= 60 ? 'acceptPrivately' : 'accept';
  const stallShare = i.season === 'campaigning' ? CAMPAIGN_STALL_SHARE : score < 25 ? 0.3 : 0.65;
  return u < p + (1 - p) * stallShare ? 'stall' : 'reject';
}

export function isYes(a: Answer | undefined): boolean {
  return a === 'accept' || a === 'acceptPrivately';
}

/** How strongly an accepted proposal's effects land: private yes is slower and quieter. */
export function acceptanceScale(answers: readonly (Answer | undefined)[]): number {
  return answers.some((a) => a === 'acceptPrivately') ? 0.6 : 1;
}

/** Domestic backlash multiplier for an accepting ally: a private yes costs less at home. */
export function concessionBacklash(answer: Answer): number {
  return answer === 'acceptPrivately' ? 0.5 : 1;
}

/** Share of a concession's domestic cost that turns into backlash (before the multiplier). */
export const CONCESSION_TO_BACKLASH = 0.6;
/** Approval points a leader spends per point of domestic cost. */
export const CONCESSION_TO_APPROVAL = 0.15;

/** What a yes costs the conceding ally at home when the proposal lands. */
export interface ConcessionCost {
  backlash: number;
  approval: number;
  /** Domestic cost points the ally remembers conceding (for reciprocity). */
  remembered: number;
}

/**
 * The home cost of saying `answer` (a yes) to an ask costing `domesticCost`, with the ally's
 * backlash `multiplier`. Settlement applies it; the delegation's hand-over brief forecasts it.
 */
export function concessionCost(domesticCost: number, answer: Answer, multiplier: number): ConcessionCost {
  return {
    backlash: domesticCost * CONCESSION_TO_BACKLASH * concessionBacklash(answer) * multiplier,
    approval: -domesticCost * CONCESSION_TO_APPROVAL,
    remembered: domesticCost,
  };
}

/** Effects of a failed proposal on the process (points). */
export const REJECTION = {
  momentum: -6,
  trust: -3,
  credibilityPublic: -4,
  credibilityPrivate: -3,
  /** The capital that said no has taken a position, and is less willing for a while. */
  willingness: -8,
  /** Months added to the card's wait after a no: asking again at once would look like pressure. */
  extraWait: 2,
  /**
   * Further months when a capital said no on the campaign trail: its leader has told the voters
   * no, and will not be seen to reverse soon after the vote (an assumption: docs/model.md).
   */
  stumpWait: 3,
} as const;

/** Months a refused card waits beyond its cooldown: longer when a no came from a campaigning capital. */
export function refusalWait(onStump: boolean): number {
  return REJECTION.extraWait + (onStump ? REJECTION.stumpWait : 0);
}

/**
 * The first turn a card refused in `turn` can be asked again: its cooldown counts from the refusal
 * wait after the no (settlement records the launch `refusalWait` months late).
 */
export function askableAgainAfterNo(turn: number, cooldown: number, onStump: boolean): number {
  return turn + refusalWait(onStump) + Math.max(1, cooldown);
}

/**
 * Whether one capital's `answer` is a no on the campaign trail that holds the card back longer: a
 * rejection, in a campaign season, of an ask Washington put this month (`carried` 0; a stall carried
 * over into a campaign cannot be withdrawn, so it is exempt). Settlement, the reasons, the
 * delegation's brief and the forecast all ask this.
 */
export function heldOnStump(answer: Answer | undefined, season: Season, carried: number): boolean {
  return answer === 'reject' && season === 'campaigning' && carried === 0;
}

/** Whether any capital's answer to proposal `p` holds its card back longer (`heldOnStump`). */
export function refusedOnStump(
  p: { asks: readonly AllyId[]; answers: Partial<Record<AllyId, Answer>>; carried: number },
  seasons: Record<AllyId, Season>,
): boolean {
  return p.asks.some((a) => heldOnStump(p.answers[a], seasons[a], p.carried));
}
/** A stall costs a little momentum; one asked again and stalled again has failed, and costs credibility. */
export const STALL = { momentum: -1, credibilityExpired: -1.5 } as const;
/** An ally that said yes while the other said no resents the one-sided deal. */
export const ONE_SIDED = { backlash: 3, trust: -3, momentum: -2 } as const;
/** Share of the domestic cost a one-sided yes adds to backlash, on top of ONE_SIDED.backlash. */
export const ONE_SIDED_COST_TO_BACKLASH = 0.3;
/** Share of the domestic cost a one-sided yes is remembered as conceded. */
export const ONE_SIDED_MEMORY = 0.5;

/** What a yes beside another's no costs: the conceding ally's backlash, and trust and momentum. */
export function oneSidedCost(domesticCost: number): {
  backlash: number;
  trust: number;
  momentum: number;
  remembered: number;
} {
  return {
    backlash: ONE_SIDED.backlash + domesticCost * ONE_SIDED_COST_TO_BACKLASH,
    trust: ONE_SIDED.trust,
    momentum: ONE_SIDED.momentum,
    remembered: domesticCost * ONE_SIDED_MEMORY,
  };
}
/** A stalled proposal is asked again next month this many times at most. */
export const MAX_CARRY = 1;
