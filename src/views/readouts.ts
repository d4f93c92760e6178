// Words for the dilemma's readouts: the plan forecast, the bandwidth line, last month's backlash
// account and the answers' reasons. Formatting only: every number and every reason comes from the
// model's selectors (selectForecast, selectBandwidth, selectBacklashAccount, selectAnswerReasons).

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
  selectAnswerReasons,
  selectBacklashAccount,
} from '../model';

export const ANSWER_WORDS: Record<Answer, string> = {
  accept: 'accepts',
  acceptPrivately: 'accepts privately',
  stall: 'stalls',
  reject: 'rejects',
};

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(round1(n))}`;
const range = (r: { low: number; high: number }) => (r.low === r.high ? `${r.low}` : `${r.low}–${r.high}`);

export interface ForecastModel {
  title: string;
  ranges: string;
  risk: string;
}

/** The forecast panel: the ranges after the month, and the most serious risk. */
export function forecastModel(f: PlanForecast): ForecastModel {
  const c = f.capitals;
  return {
    title: 'Forecast at the month’s end (no events counted)',
    ranges: `Backlash Seoul ${range(c.seoul.after)} · Tokyo ${range(c.tokyo.after)} · momentum ${range(f.momentum.after)}`,
    risk: f.risks[0] ?? 'No leak, vote or costly yes in this plan.',
  };
}

/** The forecast for the live region: every range and every risk. */
export function forecastLive(f: PlanForecast): string {
  const c = f.capitals;
  const now = (a: AllyId) => ({ low: Math.round(c[a].now.low), high: Math.round(c[a].now.high) });
  const ally = (a: AllyId) =>
    `${ALLY_NAMES[a]} backlash from ${range(now(a))} now to ${range(c[a].after)} after the month`;
  return `Forecast: ${ally('seoul')}; ${ally('tokyo')}; momentum from ${Math.round(f.momentum.now)} to ${range(f.momentum.after)}. ${f.risks.join(' ')} ${f.leavesOut}`;
}

/** "Bandwidth 3 · US campaign −1": why this month's bandwidth is what it is. */
export function bandwidthLine(b: BandwidthExplained): string {
  if (!b.reasons.length) return `Full bandwidth this month (${b.available})`;
  return [`Base ${b.base}`, ...b.reasons.map((r) => `${r.short} ${signed(r.amount)}`)].join(' · ');
}

export function bandwidthLive(b: BandwidthExplained): string {
  if (!b.reasons.length) return `Bandwidth ${b.available}: nothing takes any away this month`;
  return `Bandwidth ${b.available} of a usual ${b.base}: ${b.reasons.map((r) => `${signed(r.amount)} for ${r.what}`).join(', ')}`;
}

function accountPart(ctx: GameContext, turn: number, l: AccountLine): string {
  const what = labelCause(ctx, l.cause, turn).what;
  if (l.unsized) return what;
  if (l.group === 'cooling') return `${what} ${signed(l.high)} to ${signed(l.low)} (by the hidden level)`;
  return `${what} ${signed(l.low)}`;
}

const SEASON_WORDS: Record<string, string> = {
  campaigning: 'its campaign',
  honeymoon: 'its honeymoon',
  paralysed: 'its paralysis',
  steady: 'its season',
};

/** "(pressure weighed ×1.5: its political season, a threat rally)". */
function weightNote(a: BacklashAccount): string {
  const w = a.weight;
  if (!w.factors.length) return '';
  const word = (what: string) =>
    what === 'season' ? SEASON_WORDS[a.season] : what === 'stance' ? 'your pressing stance' : 'a threat rally';
  const why = w.factors.map((f) => `${word(f.what)} ×${round1(f.factor)}`).join(', ');
  return ` (pressure weighed ×${round1(w.multiplier)}: ${why})`;
}

/** One capital's line: its estimates before and after, then the causes as Washington accounts for them. */
export function accountLine(ctx: GameContext, a: BacklashAccount, turn: number): string {
  const { before, after } = a.estimate;
  const est = `${ALLY_NAMES[a.ally]}${weightNote(a)}: backlash est. ${Math.round(before.backlash)} → ${Math.round(after.backlash)} ± ${Math.round(after.uncertainty)}, willingness est. ${Math.round(before.willingness)} → ${Math.round(after.willingness)} ± ${Math.round(after.uncertainty)}.`;
  // the three largest causes, and cooling always (it is the part that depends on the hidden level)
  const shown = a.lines.filter((l, i) => i < 3 || l.group === 'cooling');
  const parts = shown.map((l) => accountPart(ctx, turn, l));
  const more = a.lines.length > shown.length ? `; ${a.lines.length - shown.length} smaller` : '';
  return `${est} ${parts.length ? `${cap(parts.join('; '))}${more}.` : 'Nothing moved it that Washington can see.'}`;
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
  const reasons = selectAnswerReasons(ctx);
  return record.proposals.map((p) => {
    const name = ctx.scenario.initiatives[p.initiative]?.name ?? p.initiative;
    const rs = reasons[p.key] ?? [];
    if (!rs.length) return `${name}: no answer yet`;
    const said = rs.map((r) => {
      const whose = r.by === 'delegation' ? ' (its delegation)' : '';
      // a crowded month gives each answer its biggest reason only
      const why = full ? r.text : `${record.proposals.length > 3 ? r.first : r.short}.`;
      return `${ALLY_NAMES[r.ally]} ${ANSWER_WORDS[r.answer]}${whose}: ${why}`;
    });
    return `${name}. ${said.join(' ')}`;
  });
}
