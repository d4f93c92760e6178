// Reasons, as the model accounts for them: why a delegation answered as it did (from the answer
// score's terms, in words, never a number), what moved each capital's backlash last month as
// Washington can account for it, and why this month's bandwidth is what it is. Washington never
// sees a hidden true value here: its own moves and the public events are sized by what the rules
// add for them (the listed amounts), and cooling, which depends on the hidden level, is given as
// the range over Washington's estimate band. Pure.

import { OPENING_CAUSE } from './rules/hiddenStart';
import { createInitialContext, startMeters } from './context';
import { ALLY_METERS } from './rules/allyMeters';
import { clamp, moodOf, threatBandOf } from './rules/bounds';
import { cardOf } from './rules/cardVariants';
import { DIFFICULTY } from './rules/difficulty';
import { allyDrift } from './rules/drift';
import { campaignElection, resultEffects } from './rules/elections';
import { acceptanceScale, type AnswerInputs, type AnswerTerms, answerTerms, isYes } from './rules/proposals';
import { launchEffects, leakEffects } from './rules/initiatives';
import { BACKLASH_BY_POSTURE, type BacklashContext, backlashMultiplier } from './rules/pressure';
import { bandwidthFor, stanceOf } from './rules/washington';
import {
  ALLIES,
  type AllyId,
  type Answer,
  type Estimate,
  type GameContext,
  type LedgerEntry,
  type MeterKey,
  type Meters,
  type TurnRecord,
} from './types';

// ---------------------------------------------------------------------------------------------
// Answers

type Term = keyof AnswerTerms;

/** Each term in words, for when it helped a yes and for when it pushed toward no. */
const TERM_WORDS: Record<Exclude<Term, 'base' | 'bias'>, { helps: string; hurts: string }> = {
  willingness: { helps: 'it is willing to deal', hurts: 'it is reluctant to deal' },
  domesticCost: { helps: 'it costs little at home', hurts: 'it costs a lot at home' },
  backlash: { helps: 'its public is calm', hurts: 'its public is uneasy' },
  credibility: { helps: 'it trusts Washington as a broker', hurts: 'it doubts Washington as a broker' },
  trust: { helps: 'it trusts its neighbour', hurts: 'it does not trust its neighbour' },
  threat: { helps: 'the threat makes it easier to sell', hurts: 'the calm makes it harder to sell' },
  season: { helps: 'a fresh mandate gives it room', hurts: 'its political season leaves no room' },
  imbalance: { helps: 'the give-and-take feels fair', hurts: 'it feels it has given more than its neighbour' },
  channel: { helps: 'the private channel spares its face', hurts: 'the ask was made in public' },
  momentum: { helps: 'the process is moving and carries it along', hurts: 'the process has stalled' },
  approval: { helps: 'its leader has capital to spend', hurts: 'its leader is too weak at home to give' },
};

/** The neutral level each term is read against (willingness is read against a coin-flip 50). */
function contributions(t: AnswerTerms): [Exclude<Term, 'base' | 'bias'>, number][] {
  return [
    ['willingness', t.willingness - 50],
    ['domesticCost', t.domesticCost],
    ['backlash', t.backlash],
    ['credibility', t.credibility],
    ['trust', t.trust],
    ['threat', t.threat],
    ['season', t.season],
    ['imbalance', t.imbalance],
    ['channel', t.channel],
    ['momentum', t.momentum],
    ['approval', t.approval],
  ];
}

/** Special wordings where two facts combine. */
function wordFor(term: Exclude<Term, 'base' | 'bias'>, helps: boolean, i: AnswerInputs): string {
  if (term === 'domesticCost' && !helps && i.season === 'campaigning') {
    return i.kind === 'history' ? 'the campaign makes history costly' : 'the campaign makes any concession costly';
  }
  if (term === 'threat' && helps && i.kind === 'security') return 'the threat makes security easy to sell';
  if (term === 'backlash' && !helps) {
    const mood = moodOf(i.backlash);
    return mood === 'calm' ? TERM_WORDS.backlash.hurts : `its public is ${mood}`;
  }
  if (term === 'season' && !helps) {
    return i.season === 'campaigning' ? 'it is campaigning' : 'a weakened government has little room';
  }
  return TERM_WORDS[term][helps ? 'helps' : 'hurts'];
}

export interface AnswerReason {
  /** The largest terms that pushed toward the answer given, in words. */
  because: string[];
  /** The largest term that pushed the other way, if it was sizeable. */
  despite: string | null;
  /** One sentence: "willing, but the campaign makes history costly". */
  text: string;
  /** The two biggest reasons only, for a crowded screen, and the biggest alone. */
  short: string;
  first: string;
}

/** Smallest size (score points) a term needs to be named as a cause, and as a "though". */
export const REASON_MIN = 2;
export const DESPITE_MIN = 5;

/** Why a computer delegation with these inputs gave `answer`: its biggest two or three reasons. */
export function explainAnswer(i: AnswerInputs, answer: Answer): AnswerReason {
  const yes = isYes(answer);
  const terms = contributions(answerTerms(i));
  const toward = terms
    .filter(([, v]) => (yes ? v > 0 : v < 0) && Math.abs(v) >= REASON_MIN)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    // "the campaign makes … costly" already says it is campaigning
    .filter(([k], _, all) => !(k === 'season' && i.season === 'campaigning' && all.some(([o]) => o === 'domesticCost')))
    .slice(0, 3);
  const against = terms
    .filter(([, v]) => (yes ? v < 0 : v > 0) && Math.abs(v) >= DESPITE_MIN)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0];
  const because = toward.map(([k]) => wordFor(k, yes, i));
  const despite = against ? wordFor(against[0], !yes, i) : null;
  const main = because.length
    ? because.join(because.length > 2 ? ', ' : ' and ').replace(/, ([^,]*)$/, ' and $1')
    : yes
      ? 'on balance it could say yes'
      : 'on balance it could not say yes';
  const text = despite ? `${main}, though ${despite}` : main;
  const two = because.length ? because.slice(0, 2).join(' and ') : main;
  const cap = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
  return { because, despite, text: `${cap(text)}.`, short: cap(two), first: cap(because[0] ?? main) };
}

/** The meters at the start of month `record.turn`: the previous month's close (or the opening). */
export function monthStartMeters(ctx: GameContext, record: TurnRecord): Meters {
  const prev = ctx.history.find((h) => h.turn === record.turn - 1);
  return { ...(prev?.meters ?? startMeters(ctx.scenario)) };
}

const RESOLUTION = /^(posture|initiative|leak|ask|megaphone)\./;

/**
 * The meters when the delegations answered: the month's start plus the ledger up to the month's
 * last launch (the ledger is in the order things happened; answers come right after the launches).
 */
export function metersAtAnswers(ctx: GameContext, record: TurnRecord): Meters {
  const meters = monthStartMeters(ctx, record);
  let last = -1;
  record.ledger.forEach((e, i) => {
    if (RESOLUTION.test(e.cause)) last = i;
  });
  for (let i = 0; i <= last; i++) {
    const e = record.ledger[i];
    meters[e.meter] = Math.round((meters[e.meter] + e.delta) * 10) / 10;
  }
  return meters;
}

export interface AnswerExplanation {
  ally: AllyId;
  answer: Answer;
  /** Who gave the reason: the computer's accounting, or a person's own words. */
  by: 'computer' | 'delegation';
  text: string;
  /** The reason in a few words, and in fewer (a person's rationale as typed). */
  short: string;
  first: string;
}

/**
 * Why each delegation answered each of last month's proposals: a computer seat's reason from its
 * answer score's terms (imbalance read from the concessions on record now, an approximation), a
 * human delegation's typed rationale.
 */
export function selectAnswerReasons(ctx: GameContext): Record<string, AnswerExplanation[]> {
  const record = ctx.history.at(-1);
  const out: Record<string, AnswerExplanation[]> = {};
  if (!record) return out;
  const meters = metersAtAnswers(ctx, record);
  for (const p of record.proposals) {
    const def = ctx.scenario.initiatives[p.initiative];
    out[p.key] = [];
    for (const ally of p.asks) {
      const answer = p.answers[ally];
      if (!answer) continue;
      const typed = p.rationales[ally];
      if (typed !== undefined || ctx.settings.seats[ally] === 'human') {
        const said = typed?.trim() || 'No reason given.';
        out[p.key].push({ ally, answer, by: 'delegation', text: said, short: said, first: said });
        continue;
      }
      const other: AllyId = ally === 'seoul' ? 'tokyo' : 'seoul';
      const inputs: AnswerInputs = {
        willingness: meters[ALLY_METERS[ally].willingness],
        backlash: meters[ALLY_METERS[ally].backlash],
        credibility: meters.credibility,
        trust: meters.trust,
        threat: meters.threat,
        season: record.seasons[ally],
        domesticCost: def?.proposal?.domesticCost[ally] ?? 0,
        kind: def?.kind ?? 'diplomatic',
        channel: p.channel,
        imbalance: ctx.concessions[ally] - ctx.concessions[other],
        bias: DIFFICULTY[ctx.settings.difficulty].answerBias,
        momentum: meters.momentum,
        approval: meters[ALLY_METERS[ally].approval],
      };
      const why = explainAnswer(inputs, answer);
      out[p.key].push({ ally, answer, by: 'computer', text: why.text, short: why.short, first: why.first });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Backlash causes, as Washington accounts for them

export type CauseGroup =
  | 'pressure'
  | 'launch'
  | 'leak'
  | 'answers'
  | 'milestone'
  | 'event'
  | 'choice'
  | 'election'
  | 'reciprocity'
  | 'cooling'
  | 'facilitator'
  | 'other';

export interface AccountLine {
  group: CauseGroup;
  /** The ledger cause (for the view's wording). */
  cause: string;
  /** What the rules add for it, or a range where it depends on the hidden level (cooling). */
  low: number;
  high: number;
  /** A facilitator's setting: its size would show the hidden level, so none is given. */
  unsized?: true;
}

export interface BacklashAccount {
  ally: AllyId;
  /** The season the month was played in (it scaled Washington's pressure). */
  season: TurnRecord['seasons'][AllyId];
  /** How much a unit of Washington's pressure weighed there that month, and why (visible factors). */
  weight: { multiplier: number; factors: { what: 'season' | 'threat rally' | 'stance'; factor: number }[] };
  lines: AccountLine[];
  /** Washington's estimate before and after the month, with their uncertainty. */
  estimate: { before: Estimate; after: Estimate };
}

function groupOf(cause: string): CauseGroup {
  if (cause.startsWith('facilitator.')) return 'facilitator';
  const head = cause.split('.')[0];
  const map: Record<string, CauseGroup> = {
    posture: 'pressure',
    initiative: 'launch',
    // asking a campaigning capital is Washington's own move too
    ask: 'launch',
    leak: 'leak',
    answer: 'answers',
    milestone: 'milestone',
    event: 'event',
    choice: 'choice',
    election: 'election',
  };
  if (head in map) return map[head];
  if (cause === 'drift.reciprocity') return 'reciprocity';
  if (cause === 'drift.cooling') return 'cooling';
  return 'other';
}

/**
 * What the rules list for a decrease (a card's effect, a vote's result), so that a change clipped
 * at 0 does not tell Washington where the hidden level stands. Increases are only ever clipped at
 * 100, which ends the game and is then shown anyway.
 */
function listedDecrease(ctx: GameContext, record: TurnRecord, e: LedgerEntry): number {
  const [head, id, rest] = e.cause.split('.');
  const m = e.meter;
  const pick = (fx: Partial<Record<MeterKey, number>> | undefined) => fx?.[m];
  let listed: number | undefined;
  if (head === 'event') {
    const fired = record.events.find((f) => f.id === e.cause.slice('event.'.length));
    const def = fired ? ctx.scenario.events[fired.id] : undefined;
    listed = fired?.custom ? pick(fired.custom.effects) : def ? pick(cardOf(def, fired?.variant).effects) : undefined;
  } else if (head === 'choice') {
    listed = pick(ctx.scenario.events[id]?.choices.find((c) => c.id === rest)?.effects);
  } else if (head === 'initiative') {
    listed = pick(ctx.scenario.initiatives[id]?.effects[rest === 'public' ? 'public' : 'private']);
  } else if (head === 'milestone') {
    // a milestone lands at the scale of the yes that secured it (a private yes, quietly)
    const p = record.proposals.find((x) => ctx.scenario.initiatives[x.initiative]?.proposal?.milestone === id);
    const scale = p ? acceptanceScale(p.asks.map((a) => p.answers[a])) : 1;
    const fx = pick(ctx.scenario.milestones[id]?.effects);
    listed = fx === undefined ? undefined : fx * scale;
  } else if (head === 'answer') {
    const p = record.proposals.find((x) => x.initiative === id);
    const onAccept = pick(ctx.scenario.initiatives[id]?.proposal?.onAccept);
    if (p && onAccept !== undefined) listed = onAccept * acceptanceScale(p.asks.map((a) => p.answers[a]));
  } else if (head === 'election') {
    const def = ctx.scenario.elections.find((x) => x.id === id);
    const r = record.elections.find((x) => x.id === id);
    if (def && r) listed = resultEffects(def, r.won).backlash;
  }
  return listed !== undefined && listed < 0 ? listed : e.delta;
}

/**
 * The month's backlash multiplier for `ally` (as resolveMonth used it: the season played in, the
 * threat at the month's start, the stance before the month's pressure), and each visible factor's
 * share, found by calling backlashMultiplier with that factor made neutral.
 */
export function pressureWeight(
  ctx: GameContext,
  record: TurnRecord,
  ally: AllyId,
  level: number = estimatesBefore(ctx, record)[ally].backlash,
): BacklashAccount['weight'] {
  const c: BacklashContext = {
    season: record.seasons[ally],
    // the heat of the public as Washington read it (its estimate, or an end of its band), never the hidden level
    backlash: level,
    threat: monthStartMeters(ctx, record).threat,
    stance: stanceOf(ctx.pressureHistory.slice(0, record.turn)),
    difficulty: DIFFICULTY[ctx.settings.difficulty].backlash,
  };
  const m = backlashMultiplier(c);
  const share = (neutral: BacklashContext) => m / backlashMultiplier(neutral);
  const factors: BacklashAccount['weight']['factors'] = [];
  const add = (what: 'season' | 'threat rally' | 'stance', factor: number) => {
    if (Math.abs(factor - 1) >= 0.05) factors.push({ what, factor });
  };
  add('season', share({ ...c, season: 'steady' }));
  add('threat rally', share({ ...c, threat: 0 }));
  add('stance', share({ ...c, stance: 'engaged' }));
  return { multiplier: m, factors };
}

/**
 * What the rules add for Washington's own moves (the dials, launches, leaks), from the month's
 * visible multipliers, so that a rise clipped at 100 mid-month tells nothing either. Other rises
 * (answers' costs, cards) are shown as recorded.
 */
function listedIncrease(
  ctx: GameContext,
  record: TurnRecord,
  e: LedgerEntry,
  weights: Record<AllyId, BacklashAccount['weight']>,
): number {
  const [head, id, rest] = e.cause.split('.');
  const mult = { seoul: weights.seoul.multiplier, tokyo: weights.tokyo.multiplier };
  const threat = monthStartMeters(ctx, record).threat;
  let listed: number | undefined;
  if (head === 'posture' && (id === 'seoul' || id === 'tokyo')) {
    listed = BACKLASH_BY_POSTURE[record.posture[id]] * mult[id];
  } else if (head === 'initiative' && ctx.scenario.initiatives[id]) {
    listed = launchEffects(ctx.scenario.initiatives[id], rest === 'public' ? 'public' : 'private', mult, threat)[
      e.meter
    ];
  } else if (head === 'leak' && ctx.scenario.initiatives[id]) {
    listed = leakEffects(ctx.scenario.initiatives[id], mult)[e.meter];
  }
  return listed !== undefined && listed > 0 ? listed : e.delta;
}

/** The opening estimates (drawn when the game was created), for the first month's report. */
export function openingEstimates(ctx: GameContext): Record<AllyId, Estimate> {
  return createInitialContext({ scenario: ctx.scenario, settings: ctx.inputSettings }).estimates;
}

/** Washington's estimates while it planned month `record.turn`. */
export function estimatesBefore(ctx: GameContext, record: TurnRecord): Record<AllyId, Estimate> {
  return ctx.history.find((h) => h.turn === record.turn - 1)?.estimates ?? openingEstimates(ctx);
}

/** The closed month's backlash causes for each capital, as Washington can account for them. */
export function selectBacklashAccount(ctx: GameContext): Record<AllyId, BacklashAccount> | null {
  const record = ctx.history.at(-1);
  if (!record) return null;
  const before = estimatesBefore(ctx, record);
  const out = {} as Record<AllyId, BacklashAccount>;
  // A hot public amplifies Washington's moves, and Washington knows its heat only within its band:
  // its own moves are sized at both ends of the band.
  const weightsAt = (side: -1 | 1) => {
    const at = (a: AllyId) => clamp(before[a].backlash + side * before[a].uncertainty);
    return {
      seoul: pressureWeight(ctx, record, 'seoul', at('seoul')),
      tokyo: pressureWeight(ctx, record, 'tokyo', at('tokyo')),
    };
  };
  const [weightsLo, weightsHi] = [weightsAt(-1), weightsAt(1)];
  for (const ally of ALLIES) {
    const key = ALLY_METERS[ally].backlash;
    const lines: AccountLine[] = [];
    let knownLow = 0;
    let knownHigh = 0;
    for (const e of record.ledger) {
      if (e.meter !== key) continue;
      // The hidden opening mood is in the first estimate already; its size would show the truth.
      if (e.cause === OPENING_CAUSE) continue;
      const group = groupOf(e.cause);
      if (group === 'cooling') continue;
      if (group === 'facilitator') {
        lines.push({ group, cause: e.cause, low: 0, high: 0, unsized: true });
        continue;
      }
      const [low, high] =
        e.delta < 0
          ? [listedDecrease(ctx, record, e), listedDecrease(ctx, record, e)]
          : [listedIncrease(ctx, record, e, weightsLo), listedIncrease(ctx, record, e, weightsHi)];
      if (group !== 'reciprocity') {
        knownLow += low;
        knownHigh += high;
      }
      const same = lines.find((l) => l.cause === e.cause);
      if (same) {
        same.low += low;
        same.high += high;
      } else lines.push({ group, cause: e.cause, low, high });
    }
    // Cooling works on the hidden level: Washington can only bound it over its band.
    const b = before[ally];
    const baseline = ctx.scenario.startValues[ally];
    const cool = (level: number) =>
      allyDrift(ally, { ...record.meters, [key]: clamp(level) }, record.seasons[ally], baseline, 0).cooling;
    const lowLevel = clamp(b.backlash - b.uncertainty + knownLow);
    const highLevel = clamp(b.backlash + b.uncertainty + knownHigh);
    const [c1, c2] = [cool(lowLevel), cool(highLevel)];
    if (c1 !== 0 || c2 !== 0) {
      lines.push({ group: 'cooling', cause: 'drift.cooling', low: Math.min(c1, c2), high: Math.max(c1, c2) });
    }
    lines.sort((x, y) => Math.abs(y.high) - Math.abs(x.high));
    out[ally] = {
      ally,
      season: record.seasons[ally],
      weight: pressureWeight(ctx, record, ally),
      lines,
      estimate: { before: b, after: record.estimates[ally] },
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bandwidth

export interface BandwidthReason {
  what: string;
  /** A few words for the room's header line. */
  short: string;
  amount: number;
}

export interface BandwidthExplained {
  base: number;
  available: number;
  reasons: BandwidthReason[];
}

/**
 * Why this month's bandwidth is what it is: the difficulty's base, less a US campaign, a severe
 * threat and bandwidth borrowed by last month's event choices, each sized by calling bandwidthFor
 * with and without it (the floor of one included).
 */
export function selectBandwidth(ctx: GameContext): BandwidthExplained {
  const { scenario } = ctx;
  const base = DIFFICULTY[ctx.settings.difficulty].bandwidth;
  const us = campaignElection(scenario.elections, scenario.start, 'washington', ctx.turn);
  const severe = threatBandOf(ctx.meters.threat) === 'severe';
  let debt = 0;
  const last = ctx.history.find((h) => h.turn === ctx.turn - 1);
  for (const f of last?.events ?? []) {
    const choice = f.choice ? ctx.scenario.events[f.id]?.choices.find((c) => c.id === f.choice) : undefined;
    debt += choice?.bandwidth ?? 0;
  }
  const all = bandwidthFor(base, !!us, severe, debt);
  const reasons: BandwidthReason[] = [];
  const add = (what: string, short: string, without: number) => {
    if (without !== all) reasons.push({ what, short, amount: all - without });
  };
  if (us) add(`the campaign for the ${us.name}`, 'US campaign', bandwidthFor(base, false, severe, debt));
  if (severe) add('the severe threat', 'severe threat', bandwidthFor(base, !!us, false, debt));
  if (debt > 0) add("last month's event choices borrowed it", 'event choices', bandwidthFor(base, !!us, severe, 0));
  return { base, available: ctx.bandwidth, reasons };
}
