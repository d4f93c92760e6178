// The game set against the record: when each milestone came historically (from the fact base,
// research/domain-facts.md §1) and when, if ever, the player secured it. Milestones given at the
// scenario's start are left out. Pure; the table is the only history this module knows.

import { monthLabel, monthOfTurn, turnOf } from '../model';
import type { GameContext } from '../model';

export interface HistoricalMilestone {
  month: string;
  /** What happened, in a few words, for the comparison line. */
  what: string;
}

/** Month each milestone happened in reality (fact base §1 unless noted). */
export const HISTORICAL_MILESTONES: Record<string, HistoricalMilestone> = {
  'ministerial-channel': { month: '2022-07', what: "Park Jin's visit to Tokyo" },
  'leaders-meet': {
    month: '2022-11',
    what: 'the first formal Yoon–Kishida bilateral, in Phnom Penh, after informal talks at the UN in Sep 2022',
  },
  'trilateral-drills': { month: '2022-10', what: 'the missile-defence drill with the USS Ronald Reagan' },
  'trilateral-summit': { month: '2022-11', what: 'the Phnom Penh statement' },
  'compensation-solution': { month: '2023-03', what: "Seoul's foundation plan of 6 March" },
  'tokyo-gesture': { month: '2023-03', what: "Tokyo's restatement of the 1998 declaration" },
  'future-fund': { month: '2023-03', what: 'the FKI–Keidanren youth fund' },
  'gsomia-normalised': { month: '2023-03', what: 'the withdrawal of the 2019 GSOMIA notices' },
  'export-controls-lifted': {
    month: '2023-03',
    what: 'the lifting of the 2019 curbs; whitelists followed by July 2023',
  },
  'shuttle-diplomacy': { month: '2023-03', what: "Yoon's visit to Tokyo" },
  'institutional-framework': { month: '2023-08', what: 'Camp David' },
  'missile-data-sharing': { month: '2023-12', what: 'the live missile-warning mechanism' },
  'freedom-edge': { month: '2024-06', what: 'the first Freedom Edge exercise' },
  'heritage-compromise': { month: '2024-07', what: 'the Sado mines listing' },
  'anniversary-agenda': { month: '2024-09', what: "Kishida's farewell visit to Seoul" },
  'trilateral-secretariat': { month: '2024-11', what: 'the Lima announcement' },
};

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
  return `${n} month${n === 1 ? '' : 's'}`;
}

function lineText(name: string, game: string | null, hist: HistoricalMilestone | undefined, end: string): string {
  const when = hist ? `${monthLabel(hist.month)} (${hist.what})` : null;
  if (game && when) {
    const offset = turnOf(hist!.month, game);
    const rel =
      offset === 0 ? 'the same month' : offset < 0 ? `${monthsWord(-offset)} earlier` : `${monthsWord(offset)} later`;
    return `You secured ${name} in ${monthLabel(game)}; historically it came in ${when}: ${rel}.`;
  }
  if (game) return `You secured ${name} in ${monthLabel(game)}.`;
  if (!when) return `You did not secure ${name}.`;
  if (turnOf(end, hist!.month) > 0) {
    return `You did not secure ${name}; historically it came only in ${when}, after this scenario ends.`;
  }
  return `You did not secure ${name}; historically it came in ${when}.`;
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
  return `Against the record: ${earlier} earlier than history, ${later} later, ${dated.length - earlier - later} in the same month, ${missed} not secured.`;
}
