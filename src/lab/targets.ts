// The balance targets of issue 14, as data with a check each, so the lab prints them next to the
// measured figures with "met" or "not met". Shares are fractions (0–1); a gap is in points.

import type { Difficulty } from '../model/types';
import type { Tally } from './tally';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const s = (t: Tally, e: keyof Tally['endings']) => (t.games ? t.endings[e] / t.games : 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} points`;

/** The band the judgement strategy's "built to last" share should fall in, by difficulty. */
export const JUDGEMENT_BAND: Record<Difficulty, [number, number]> = {
  easy: [0.75, 0.9],
  normal: [0.5, 0.7],
  hard: [0.25, 0.45],
};
export const BEST_RULE_MAX = 0.35;
export const RULE_GAP_MIN = 0.2;
/** What each ablation should change of the judgement strategy's "built to last" share (points as fractions). */
export const ABLATION_TARGETS = { electionBlind: -0.1, estimateBlind: -0.15, trueValues: 0.05 } as const;
export const STRATEGY_TARGETS = { hardRupture: 0.8, quietDrift: 0.8, randomWinMax: 0.1 } as const;
export const ENDING_MIN = 0.03;
export const CAPITAL_RUPTURE_MIN = 0.2;

/** The cell's targets: the best fixed rule against the judgement strategy (when searched), and its ablations. */
export function cellTargets(
  difficulty: Difficulty,
  bestRule: { name: string; tally: Tally } | null,
  judgement: Tally,
  ablations: Partial<Record<keyof typeof ABLATION_TARGETS, Tally>>,
): TargetCheck[] {
  const j = s(judgement, 'builtToLast');
  const [lo, hi] = JUDGEMENT_BAND[difficulty];
  const out: TargetCheck[] = [];
  if (difficulty === 'normal' && bestRule) {
    const r = s(bestRule.tally, 'builtToLast');
    out.push({
      target: `best fixed rule built to last ≤ ${pct(BEST_RULE_MAX)}`,
      measured: `${pct(r)} (${bestRule.name})`,
      met: r <= BEST_RULE_MAX,
    });
    out.push({
      target: `best fixed rule ≥ ${RULE_GAP_MIN * 100} points below judgement`,
      measured: `${pts(r - j)} (${pct(r)} vs ${pct(j)})`,
      met: j - r >= RULE_GAP_MIN - 1e-9,
    });
  }
  out.push({
    target: `judgement built to last ${pct(lo)}–${pct(hi)}`,
    measured: pct(j),
    met: j >= lo && j <= hi,
  });
  for (const [lens, want] of Object.entries(ABLATION_TARGETS) as [keyof typeof ABLATION_TARGETS, number][]) {
    const t = ablations[lens];
    if (!t) continue;
    const d = s(t, 'builtToLast') - j;
    out.push({
      target: `${lens} ${want < 0 ? 'loses' : 'gains'} ≥ ${Math.abs(want * 100)} points`,
      measured: pts(d),
      met: want < 0 ? d <= want + 1e-9 : d >= want - 1e-9,
    });
  }
  return out;
}

/**
 * The named strategies' targets in one scenario at normal: hard, quiet, random, endings, capitals.
 * `reaching` are rows that count for the endings only (rules picked for the ending they reach).
 */
export function strategyTargets(rows: Record<string, Tally>, reaching: Record<string, Tally> = {}): TargetCheck[] {
  const out: TargetCheck[] = [];
  const { hard, quiet, random } = rows;
  if (hard)
    out.push({
      target: `hard ruptures ≥ ${pct(STRATEGY_TARGETS.hardRupture)}`,
      measured: pct(s(hard, 'rupture')),
      met: s(hard, 'rupture') >= STRATEGY_TARGETS.hardRupture,
    });
  if (quiet)
    out.push({
      target: `quiet drifts ≥ ${pct(STRATEGY_TARGETS.quietDrift)}`,
      measured: pct(s(quiet, 'drift')),
      met: s(quiet, 'drift') >= STRATEGY_TARGETS.quietDrift,
    });
  if (random)
    out.push({
      target: `random wins ≤ ${pct(STRATEGY_TARGETS.randomWinMax)}`,
      measured: pct(s(random, 'builtToLast')),
      met: s(random, 'builtToLast') <= STRATEGY_TARGETS.randomWinMax,
    });
  const tallies = Object.entries(rows);
  const everyRow = [...tallies, ...Object.entries(reaching)];
  for (const e of ['builtToLast', 'fragileThaw', 'drift', 'rupture', 'discredited'] as const) {
    let best = { name: '-', share: 0 };
    for (const [name, t] of everyRow) if (s(t, e) > best.share) best = { name, share: s(t, e) };
    out.push({
      target: `${e} ≥ ${pct(ENDING_MIN)} for some strategy`,
      measured: `${pct(best.share)} (${best.name})`,
      met: best.share >= ENDING_MIN,
    });
  }
  let ruptures = 0;
  const by = { seoul: 0, tokyo: 0 };
  for (const [, t] of tallies) {
    ruptures += t.endings.rupture;
    by.seoul += t.ruptures.seoul;
    by.tokyo += t.ruptures.tokyo;
  }
  for (const a of ['seoul', 'tokyo'] as const) {
    const share = ruptures ? by[a] / ruptures : 0;
    out.push({
      target: `${a} breaks in ≥ ${pct(CAPITAL_RUPTURE_MIN)} of all ruptures`,
      measured: `${pct(share)} of ${ruptures}`,
      met: share >= CAPITAL_RUPTURE_MIN,
    });
  }
  return out;
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return [
    '| target | measured | |',
    '| --- | --- | --- |',
    ...checks.map((c) => `| ${c.target} | ${c.measured} | ${c.met ? 'met' : '**not met**'} |`),
  ].join('\n');
}
