// Command-line arguments of the balance lab, checked with one clear message for each mistake.

export interface LabArgs {
  scenario: string;
  strategy: string;
  games: number;
  seed: number;
  difficulty: string;
  /** An ablation lens on the strategy's view, if any. */
  lens: string | null;
  runner: string;
  json: boolean;
}

export interface Choices {
  scenarios: readonly string[];
  strategies: readonly string[];
  difficulties: readonly string[];
  lenses?: readonly string[];
  runners?: readonly string[];
}

export type Parsed = { ok: true; value: LabArgs } | { ok: false; message: string };

export function parseArgs(argv: readonly string[], choices: Choices): Parsed {
  const out: LabArgs = {
    scenario: 'mending-fences',
    strategy: 'adaptive',
    games: 1000,
    seed: 1,
    difficulty: 'normal',
    lens: null,
    runner: 'actor',
    json: false,
  };
  const flags = ['--scenario', '--strategy', '--games', '--seed', '--difficulty', '--lens', '--runner'];
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--json') {
      out.json = true;
      continue;
    }
    const value = args[i + 1];
    if (!flags.includes(flag)) {
      return { ok: false, message: `unknown argument "${flag}" (expected ${flags.join(', ')}, --json)` };
    }
    if (value === undefined || value.startsWith('--')) return { ok: false, message: `${flag} needs a value` };
    i++;
    if (flag === '--scenario') {
      if (!choices.scenarios.includes(value))
        return { ok: false, message: `unknown scenario "${value}" (one of: ${choices.scenarios.join(', ')})` };
      out.scenario = value;
    } else if (flag === '--strategy') {
      if (!choices.strategies.includes(value))
        return { ok: false, message: `unknown strategy "${value}" (one of: ${choices.strategies.join(', ')})` };
      out.strategy = value;
    } else if (flag === '--lens' || flag === '--runner') {
      const list = (flag === '--lens' ? choices.lenses : choices.runners) ?? [];
      if (!list.includes(value))
        return { ok: false, message: `unknown ${flag.slice(2)} "${value}" (one of: ${list.join(', ')})` };
      if (flag === '--lens') out.lens = value;
      else out.runner = value;
    } else if (flag === '--difficulty') {
      if (!choices.difficulties.includes(value))
        return { ok: false, message: `unknown difficulty "${value}" (one of: ${choices.difficulties.join(', ')})` };
      out.difficulty = value;
    } else {
      const n = Number(value);
      if (!Number.isInteger(n)) return { ok: false, message: `${flag} must be a whole number, got "${value}"` };
      if (flag === '--games') {
        if (n < 1 || n > 1_000_000) return { ok: false, message: `--games must be between 1 and 1,000,000, got ${n}` };
        out.games = n;
      } else out.seed = n;
    }
  }
  return { ok: true, value: out };
}
