// The game set against the record: when each milestone came historically (from the fact base,
// research/domain-facts.md §1) and when, if ever, the player secured it. Milestones given at the
// scenario's start are left out. Pure; the table is the only history this module knows.

import { monthLabel, monthOfTurn, turnOf } from '../model';
import type { GameContext } from '../model';
import { record as H } from '../strings/report';

export { type HistoricalMilestone, HISTORICAL_MILESTONES } from './historicalMilestones';
import { type HistoricalMilestone, HISTORICAL_MILESTONES } from './historicalMilestones';

export interface HistoryLine {
  milestone: string;
  name: string;
  /** Month secured in the game, or null. */
  game: string | null;
  /** Month it happened historically, or null when the table has no date for it. */
  history: string | null;
  /** Game month minus historical month, in months (negative = earlier than history). */
  offset: number | null;
  text: string;
}

function monthsWord(n: number): string {
  return H.months(n);
}

function lineText(name: string, game: string | null, hist: HistoricalMilestone | undefined, end: string): string {
  const when = hist ? H.when(monthLabel(hist.month), hist.what) : null;
  if (game && when) {
    const offset = turnOf(hist!.month, game);
    const rel = offset === 0 ? H.sameMonth : offset < 0 ? H.earlier(monthsWord(-offset)) : H.later(monthsWord(offset));
    return H.securedVs(name, monthLabel(game), when, rel);
  }
  if (game) return H.secured(name, monthLabel(game));
  if (!when) return H.notSecured(name);
  if (turnOf(end, hist!.month) > 0) return H.notSecuredAfter(name, when);
  return H.notSecuredVs(name, when);
}

/** One line per milestone the scenario offers, in historical order (undated ones last). */
export function compareWithHistory(ctx: GameContext): HistoryLine[] {
  const { scenario } = ctx;
  const ids = Object.keys(scenario.milestones).filter((id) => !scenario.alreadyReached.includes(id));
  const lines = ids.map((id) => {
    const name = scenario.milestones[id].name;
    const reached = ctx.milestones[id];
    const game = reached === undefined || reached < 0 ? null : monthOfTurn(scenario.start, reached);
    const hist = HISTORICAL_MILESTONES[id];
    return {
      milestone: id,
      name,
      game,
      history: hist?.month ?? null,
      offset: game && hist ? turnOf(hist.month, game) : null,
      text: lineText(name, game, hist, scenario.end),
    };
  });
  const key = (l: HistoryLine) => l.history ?? '9999-99';
  return lines.sort((a, b) => key(a).localeCompare(key(b)) || a.milestone.localeCompare(b.milestone));
}

/** A one-line summary: how many milestones came earlier, later, or not at all compared with history. */
export function historySummary(lines: readonly HistoryLine[]): string {
  const dated = lines.filter((l) => l.offset !== null);
  const earlier = dated.filter((l) => (l.offset ?? 0) < 0).length;
  const later = dated.filter((l) => (l.offset ?? 0) > 0).length;
  const missed = lines.filter((l) => l.game === null).length;
  return H.summary(earlier, later, dated.length - earlier - later, missed);
}
