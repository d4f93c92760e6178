// Command-line arguments of `npm run lab:search`, checked with one clear message for each mistake.

import { availableParallelism } from 'node:os';
import { JUDGEMENT, type JudgementParams } from '../model/play/strategies';

export interface SearchArgs {
  /** Scenario ids to search (`all` expands to every shipped one). */
  scenarios: string[];
  difficulties: string[];
  games: number;
  screen: number;
  keep: number;
  top: number;
  seed: number;
  workers: number;
  /** `--rules none`: play only the judgement strategy and its ablations (no fixed-rule search). */
  searchFixed: boolean;
  /** `--set hot=67,minYes=0.98`: the judgement strategy's parameters changed for this run. */
  judgement: Partial<JudgementParams>;
}

export type ParsedSearch = { ok: true; value: SearchArgs } | { ok: false; message: string };

const FLAGS = [
  '--scenario',
  '--difficulty',
  '--games',
  '--screen',
  '--keep',
  '--top',
  '--seed',
  '--workers',
  '--rules',
  '--set',
] as const;

/**
 * `hot=67,minYes=0.98` as judgement parameters: each name one of JUDGEMENT's, each value a finite
 * number (else a message).
 */
export function parseJudgementSet(text: string): { value: Partial<JudgementParams> } | { message: string } {
  const out: Record<string, number> = {};
  for (const pair of text.split(',')) {
    const [name, raw, ...rest] = pair.split('=');
    if (!Object.hasOwn(JUDGEMENT, name)) {
      return { message: `--set: unknown parameter "${name}" (one of: ${Object.keys(JUDGEMENT).join(', ')})` };
    }
    const n = Number(raw);
    if (raw === undefined || raw === '' || rest.length || !Number.isFinite(n)) {
      return { message: `--set: ${name} needs a number, as in ${name}=${JUDGEMENT[name as keyof JudgementParams]}` };
    }
    out[name] = n;
  }
  return { value: out as Partial<JudgementParams> };
}
const LIMITS: Record<string, [number, number]> = {
  '--games': [1, 1_000_000],
  '--screen': [0, 1_000_000],
  '--keep': [1, 10_000],
  '--top': [1, 1_000],
  '--seed': [-2_147_483_648, 2_147_483_647],
  '--workers': [1, 64],
};

export function parseSearchArgs(
  argv: readonly string[],
  choices: { scenarios: readonly string[]; difficulties: readonly string[] },
): ParsedSearch {
  const out: SearchArgs = {
    scenarios: ['mending-fences'],
    difficulties: ['normal'],
    games: 300,
    screen: 100,
    keep: 30,
    top: 10,
    seed: 1,
    workers: Math.min(2, availableParallelism()),
    searchFixed: true,
    judgement: {},
  };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i];
    const value = args[i + 1];
    if (!(FLAGS as readonly string[]).includes(flag)) {
      return { ok: false, message: `unknown argument "${flag}" (expected ${FLAGS.join(', ')})` };
    }
    if (value === undefined || value.startsWith('--')) return { ok: false, message: `${flag} needs a value` };
    if (flag === '--scenario' || flag === '--difficulty') {
      const list = flag === '--scenario' ? choices.scenarios : choices.difficulties;
      if (value !== 'all' && !list.includes(value)) {
        return { ok: false, message: `unknown ${flag.slice(2)} "${value}" (one of: ${list.join(', ')}, all)` };
      }
      const picked = value === 'all' ? [...list] : [value];
      if (flag === '--scenario') out.scenarios = picked;
      else out.difficulties = picked;
      continue;
    }
    if (flag === '--rules') {
      if (value !== 'all' && value !== 'none')
        return { ok: false, message: `--rules must be all or none, got "${value}"` };
      out.searchFixed = value === 'all';
      continue;
    }
    if (flag === '--set') {
      const set = parseJudgementSet(value);
      if ('message' in set) return { ok: false, message: set.message };
      out.judgement = { ...out.judgement, ...set.value };
      continue;
    }
    const n = Number(value);
    if (!Number.isInteger(n)) return { ok: false, message: `${flag} must be a whole number, got "${value}"` };
    const [lo, hi] = LIMITS[flag];
    if (n < lo || n > hi) {
      return {
        ok: false,
        message: `${flag} must be between ${lo.toLocaleString('en-US')} and ${hi.toLocaleString('en-US')}, got ${n}`,
      };
    }
    const key = flag.slice(2) as 'games' | 'screen' | 'keep' | 'top' | 'seed' | 'workers';
    out[key] = n;
  }
  return { ok: true, value: out };
}
