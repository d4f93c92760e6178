// Words for the dilemma's readouts: the plan forecast, the bandwidth line, last month's backlash
// account and the answers' reasons (last month's, and those given while the room still waits).
// Formatting only: every number and every reason comes from the model's selectors (selectForecast,
// selectBandwidth, selectBacklashAccount, selectAnswerReasons, selectGivenAnswers).

import { labelCause } from '../report';
import {
  ALLY_NAMES,
  ALLIES,
  type AccountLine,
  type AllyId,
  type Answer,
  type BacklashAccount,
  type BandwidthExplained,
  type GameContext,
  type PlanForecast,
  round1,
  type WeightFactor,
  selectAnswerReasons,
  selectBacklashAccount,
  selectGivenAnswers,
} from '../model';
import { readouts as W } from '../strings';

export const ANSWER_WORDS: Record<Answer, string> = W.answerWords;

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(round1(n))}`;
const range = (r: { low: number; high: number }) => (r.low === r.high ? `${r.low}` : `${r.low}–${r.high}`);

export interface ForecastModel {
  /** The panel's title for each risk shown: with "risk 2 of 3" when there are several. */
  titles: string[];
  ranges: string;
  /** Every risk, the most serious first (the panel shows one at a time); one line when none. */
  risks: string[];
}

/** The forecast panel: the ranges after the month, and the risks, most serious first. */
export function forecastModel(f: PlanForecast): ForecastModel {
  const c = f.capitals;
  const risks = f.risks.length ? [...f.risks] : [W.noRisk];
  return {
    titles: risks.map((_, i) => (risks.length > 1 ? W.forecastTitleOf(i + 1, risks.length) : W.forecastTitle)),
    ranges: W.forecastRanges(range(c.seoul.after), range(c.tokyo.after), range(f.momentum.after)),
    risks,
  };
}

/** The forecast for the live region: every range and every risk. */
export function forecastLive(f: PlanForecast): string {
  const c = f.capitals;
  const now = (a: AllyId) => ({ low: Math.round(c[a].now.low), high: Math.round(c[a].now.high) });
  const ally = (a: AllyId) => W.forecastAlly(ALLY_NAMES[a], range(now(a)), range(c[a].after));
  const momentum = Math.round(f.momentum.now);
  return W.forecastSaid(
    ally('seoul'),
    ally('tokyo'),
    momentum,
    range(f.momentum.after),
    f.risks.join(' '),
    f.leavesOut,
  );
}

/** "Bandwidth 3 · US campaign −1": why this month's bandwidth is what it is. */
export function bandwidthLine(b: BandwidthExplained): string {
  if (!b.reasons.length) return W.bandwidthFull(b.available);
  return [W.bandwidthBase(b.base), ...b.reasons.map((r) => W.bandwidthReason(r.short, signed(r.amount)))].join(' · ');
}

export function bandwidthLive(b: BandwidthExplained): string {
  if (!b.reasons.length) return W.bandwidthFullSaid(b.available);
  return W.bandwidthSaid(
    b.available,
    b.base,
    b.reasons.map((r) => W.bandwidthReasonSaid(signed(r.amount), r.what)),
  );
}

function accountPart(ctx: GameContext, turn: number, l: AccountLine): string {
  const what = labelCause(ctx, l.cause, turn).what;
  if (l.unsized) return what;
  // below its usual mood a public climbs back: the range then reaches above zero
  if (l.group === 'cooling')
    return l.high > 0
      ? W.settlingPart(signed(l.high), signed(l.low))
      : W.coolingPart(what, signed(l.high), signed(l.low));
  // a move sized at both ends of Washington's band (pressure on a public it reads only roughly)
  const [lo, hi] = [Math.min(l.low, l.high), Math.max(l.low, l.high)];
  return round1(lo) === round1(hi) ? W.causePart(what, signed(lo)) : W.causeRange(what, signed(lo), signed(hi));
}

/** "(pressure weighed ×1.5: its political season, a threat rally)". */
function weightNote(a: BacklashAccount): string {
  const w = a.weight;
  if (!w.factors.length) return '';
  const word = (what: WeightFactor) =>
    what === 'season' ? W.seasonWords[a.season] : W.factorWords[what as Exclude<WeightFactor, 'season'>];
  const why = w.factors.map((f) => W.weightFactor(word(f.what), round1(f.factor))).join(', ');
  return W.weightNote(round1(w.multiplier), why);
}

/** One capital's line: its estimates before and after, then the causes as Washington accounts for them. */
export function accountLine(ctx: GameContext, a: BacklashAccount, turn: number): string {
  const { before, after } = a.estimate;
  const est = W.estimateLine(
    ALLY_NAMES[a.ally],
    weightNote(a),
    [Math.round(before.backlash), Math.round(after.backlash)],
    [Math.round(before.willingness), Math.round(after.willingness)],
    Math.round(after.uncertainty),
  );
  // the three largest causes, and cooling always (it is the part that depends on the hidden level)
  const shown = a.lines.filter((l, i) => i < 3 || l.group === 'cooling');
  const parts = shown.map((l) => accountPart(ctx, turn, l));
  const more = a.lines.length > shown.length ? W.smaller(a.lines.length - shown.length) : '';
  const revised = revisionPart(a.revision);
  if (!parts.length) return `${est} ${revised ? `${cap(revised)}.` : W.nothingMoved}`;
  return `${est} ${cap(parts.join('; '))}${more}${revised ? `; ${revised}` : ''}.`;
}

/** The estimate's move the causes leave over, when it is a point or more either way. */
function revisionPart(r: BacklashAccount['revision']): string {
  // named whenever either end reaches a point, so the causes always add up to the estimate's move
  if (Math.max(Math.abs(r.low), Math.abs(r.high)) < 1) return '';
  return r.low === r.high ? W.revisionPart(signed(r.low)) : W.revisionRange(signed(r.low), signed(r.high));
}

const cap = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The report's backlash section: one line per capital. */
export function backlashSection(ctx: GameContext): string[] {
  const account = selectBacklashAccount(ctx);
  const turn = ctx.history.at(-1)?.turn ?? ctx.turn;
  return account ? ALLIES.map((a) => accountLine(ctx, account[a], turn)) : [];
}

/** The report's answers: one line per proposal, each answer with its reason (`full`: every reason). */
export function answerLines(ctx: GameContext, full = false): string[] {
  const record = ctx.history.at(-1);
  if (!record) return [];
  return proposalLines(ctx, record.proposals, selectAnswerReasons(ctx), full);
}

/**
 * While the month awaits answers: one line per open proposal some delegation has answered, each
 * answer given so far with its reason, as the report will word it; the answers still to come are
 * not named.
 */
export function givenAnswerLines(ctx: GameContext): string[] {
  const given = selectGivenAnswers(ctx);
  const answered = ctx.proposals.filter((p) => given[p.key]?.length);
  return proposalLines(ctx, answered, given, false, ctx.proposals.length);
}

function proposalLines(
  ctx: GameContext,
  proposals: readonly { key: string; initiative: string; carried: number }[],
  reasons: ReturnType<typeof selectAnswerReasons>,
  full: boolean,
  crowd = proposals.length,
): string[] {
  return proposals.map((p) => {
    const card = ctx.scenario.initiatives[p.initiative]?.name ?? p.initiative;
    // a stalled ask put again: every capital answers afresh, a yes of last month included
    const name = p.carried > 0 ? W.askedAgain(card) : card;
    const rs = reasons[p.key] ?? [];
    if (!rs.length) return W.noAnswerYet(name);
    const said = rs.map((r) => {
      const whose = r.by === 'delegation' ? W.byDelegation : '';
      // a crowded month gives each answer its biggest reason only
      const why = full ? r.text : `${crowd > 3 ? r.first : r.short}.`;
      return W.answerSaid(ALLY_NAMES[r.ally], ANSWER_WORDS[r.answer], whose, why);
    });
    return W.answerLine(name, said);
  });
}
