// A unit of lab work that can cross a worker boundary: which scenario and difficulty, which player
// (a fixed rule's descriptor, or a named strategy with an optional lens), which games and which
// runner. `runJob` plays it into a tally; the pool runs many of them on both cores.

import { loadShippedScenario } from '../content/catalog';
import { LENSES } from '../model/play/lenses';
import {
  adaptive,
  JUDGEMENT,
  type JudgementParams,
  judgementPlayer,
  STRATEGIES,
  type Strategy,
} from '../model/play/strategies';
import type { ResolvedScenario } from '../model/scenario';
import type { Difficulty } from '../model/types';
import { type RuleDescriptor, ruleName, ruleStrategy } from './fixedRules';
import { playRange, type Runner, type Tally } from './tally';

export type PlayerSpec =
  | { rule: RuleDescriptor }
  /** `judgement`: the judgement player ('adaptive') with these of its parameters changed. */
  | { strategy: string; lens?: string; judgement?: Partial<JudgementParams> };

export interface Job {
  scenario: string;
  difficulty: Difficulty;
  player: PlayerSpec;
  seed: number;
  /** Games `from` to `to` (exclusive) of the run from `seed`. */
  from: number;
  to: number;
  runner: Runner;
}

export function playerLabel(p: PlayerSpec): string {
  if ('rule' in p) return ruleName(p.rule);
  return p.lens ? `${p.strategy}+${p.lens}` : p.strategy;
}

export function playerStrategy(p: PlayerSpec): Strategy {
  if ('rule' in p) return ruleStrategy(p.rule);
  const s = STRATEGIES[p.strategy];
  if (!s) throw new Error(`unknown strategy "${p.strategy}"`);
  if (!p.judgement || !Object.keys(p.judgement).length) return s;
  if (s !== adaptive) throw new Error(`only the judgement player (adaptive) takes parameters, not "${p.strategy}"`);
  return judgementPlayer({ ...JUDGEMENT, ...p.judgement });
}

const scenarios = new Map<string, ResolvedScenario>();

export function shippedScenario(id: string): ResolvedScenario {
  let s = scenarios.get(id);
  if (!s) {
    const loaded = loadShippedScenario(id);
    if (!loaded.ok) throw new Error(`scenario "${id}" does not load`);
    s = loaded.value;
    scenarios.set(id, s);
  }
  return s;
}

export function runJob(job: Job): Tally {
  const lens = 'rule' in job.player || !job.player.lens ? undefined : LENSES[job.player.lens];
  if ('strategy' in job.player && job.player.lens && !lens) throw new Error(`unknown lens "${job.player.lens}"`);
  return playRange(
    {
      scenario: shippedScenario(job.scenario),
      strategy: playerStrategy(job.player),
      lens,
      games: job.to,
      seed: job.seed,
      difficulty: job.difficulty,
      runner: job.runner,
    },
    job.from,
    job.to,
  );
}
