// The balance lab at small sizes: argument checking, reproducible output, the bare-rules baseline
// matching the statechart, and the benchmark running end to end.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../src/content/catalog';
import { parseArgs } from '../../src/lab/args';
import { playBare } from '../../src/lab/bareGame';
import { bench, benchInterpreter } from '../../src/lab/bench';
import { simulate } from '../../src/lab/simulate';
import { recordTape, replayTape } from '../../src/lab/xstateFloor';
import { wilson } from '../../src/lab/stats';
import { DEFAULT_SETTINGS } from '../../src/model/context';
import { runGame } from '../../src/model/play/runGame';
import { STRATEGIES } from '../../src/model/play/strategies';

const choices = {
  scenarios: ['a', 'b'],
  strategies: ['hard', 'quiet'],
  difficulties: ['easy', 'normal'],
  lenses: ['trueValues'],
  runners: ['actor', 'bare'],
};
const flagship = (() => {
  const s = loadShippedScenario('mending-fences');
  if (!s.ok) throw new Error('flagship does not load');
  return s.value;
})();

describe('arguments', () => {
  it.each([
    [['--scenario', 'c'], 'unknown scenario "c" (one of: a, b)'],
    [['--strategy', 'bold'], 'unknown strategy "bold" (one of: hard, quiet)'],
    [['--games', 'many'], '--games must be a whole number, got "many"'],
    [['--games', '0'], '--games must be between 1 and 1,000,000, got 0'],
    [['--seed', '1.5'], '--seed must be a whole number, got "1.5"'],
    [['--seed'], '--seed needs a value'],
    [['--difficulty', 'nightmare'], 'unknown difficulty "nightmare" (one of: easy, normal)'],
    [
      ['--fast'],
      'unknown argument "--fast" (expected --scenario, --strategy, --games, --seed, --difficulty, --lens, --runner, --json)',
    ],
    [['--lens', 'x'], 'unknown lens "x" (one of: trueValues)'],
    [['--runner', 'x'], 'unknown runner "x" (one of: actor, bare)'],
  ])('%j → %s', (argv, message) => {
    expect(parseArgs(argv, choices)).toEqual({ ok: false, message });
  });

  it('accepts a full set, with npm’s -- separator', () => {
    expect(
      parseArgs(
        [
          '--',
          '--scenario',
          'b',
          '--strategy',
          'quiet',
          '--games',
          '7',
          '--seed',
          '-3',
          '--lens',
          'trueValues',
          '--json',
        ],
        choices,
      ),
    ).toEqual({
      ok: true,
      value: {
        scenario: 'b',
        strategy: 'quiet',
        games: 7,
        seed: -3,
        difficulty: 'normal',
        lens: 'trueValues',
        runner: 'actor',
        json: true,
      },
    });
  });
});

describe('statistics', () => {
  it('gives a Wilson interval that contains the share and stays in [0, 1]', () => {
    const w = wilson(45, 100);
    expect(w.share).toBe(0.45);
    expect(w.low).toBeCloseTo(0.3561, 3);
    expect(w.high).toBeCloseTo(0.5475, 3);
    expect(wilson(0, 50).low).toBe(0);
    expect(wilson(50, 50).high).toBeCloseTo(1, 12);
    expect(wilson(0, 0)).toEqual({ count: 0, share: 0, low: 0, high: 0 });
  });
});

describe('the simulator', () => {
  it('gives the same results for the same arguments, speed aside', () => {
    const args = {
      scenario: flagship,
      strategy: STRATEGIES.adaptive,
      games: 25,
      seed: 9,
      difficulty: 'normal' as const,
    };
    const a = simulate(args, () => 0);
    const b = simulate(args, () => 0);
    expect({ ...a, gamesPerSecond: 0 }).toEqual({ ...b, gamesPerSecond: 0 });
    const total = Object.values(a.endings).reduce((n, e) => n + e.count, 0);
    expect(total).toBe(25);
  });

  it('separates the strategies even at a small size', () => {
    const run = (name: string) =>
      simulate({ scenario: flagship, strategy: STRATEGIES[name], games: 40, seed: 1, difficulty: 'normal' }, () => 0)
        .endings;
    expect(run('hard').rupture.share).toBeGreaterThan(0.5);
    expect(run('quiet').drift.share).toBeGreaterThan(0.5);
    expect(run('adaptive').builtToLast.share).toBeGreaterThan(run('random').builtToLast.share);
  });

  it('runs from the command line: a table, JSON, and one clear line for bad arguments', () => {
    const cli = (...a: string[]) => spawnSync('npx', ['tsx', 'scripts/simulate.ts', ...a], { encoding: 'utf8' });
    const table = cli('--scenario', 'july-window', '--strategy', 'quiet', '--games', '5', '--seed', '2');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/\| drift \| 100\.0% \|/);
    const json = cli('--scenario', 'july-window', '--strategy', 'hard', '--games', '5', '--json');
    expect(JSON.parse(json.stdout).games).toBe(5);
    const lensed = cli('--strategy', 'adaptive', '--games', '3', '--lens', 'trueValues', '--runner', 'bare', '--json');
    expect(JSON.parse(lensed.stdout)).toMatchObject({ strategy: 'adaptive+trueValues', games: 3 });
    const bad = cli('--strategy', 'bold');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('simulate: unknown strategy "bold" (one of: hard, quiet, random, adaptive, loud)');
  });
});

describe('the bare-rules baseline and the benchmark', () => {
  it('the bare phase functions play the same game as the statechart', () => {
    for (const seed of [1, 2, 3]) {
      const input = { scenario: flagship, settings: { ...DEFAULT_SETTINGS, seed } };
      const bare = playBare(input, STRATEGIES.adaptive);
      const machine = runGame(input, STRATEGIES.adaptive).context;
      expect(bare.history).toEqual(machine.history);
      expect(bare.ending).toBe(machine.ending);
    }
  });

  it('a taped replay (XState alone) takes the statechart through the very same game', () => {
    for (const [name, seed] of [
      ['adaptive', 4],
      ['random', 5],
      ['hard', 6],
    ] as const) {
      const input = { scenario: flagship, settings: { ...DEFAULT_SETTINGS, seed } };
      const real = runGame(input, STRATEGIES[name]);
      const tape = recordTape(input, STRATEGIES[name]);
      const replayed = replayTape(tape);
      expect(tape.events.length).toBeGreaterThan(5);
      expect(replayed.value).toEqual(real.value);
      expect(replayed.context).toEqual(real.context);
    }
  });

  it('a replay that runs past its tape, or stops short of its end, fails loudly', () => {
    const input = { scenario: flagship, settings: { ...DEFAULT_SETTINGS, seed: 8 } };
    const tape = recordTape(input, STRATEGIES.adaptive);
    expect(() => replayTape({ ...tape, contexts: tape.contexts.slice(0, 3) })).toThrow(/ran past its tape/);
    expect(() => replayTape({ ...tape, events: tape.events.slice(0, 5) })).toThrow(/left its tape unread/);
    // after two replays that failed half-way, the cursor starts again at the top of the tape
    expect(replayTape(tape).context).toEqual(runGame(input, STRATEGIES.adaptive).context);
  });

  it('the benchmark times each batch, per game, and reports the median round', () => {
    // A scripted clock: each round reads it before and after the machine's batch, then the bare one's.
    const clock = (times: number[]) => () => times.shift() ?? Number.NaN;
    // machine batches of 2 games take 6, 10 and 8 ms (3, 5, 4 per game); bare ones 2, 2 and 4 ms
    const r = bench(flagship, 2, 3, clock([0, 6, 100, 102, 200, 210, 300, 302, 400, 408, 500, 504]));
    expect(r).toEqual({
      games: 6,
      machineMedianMs: 4,
      bareMedianMs: 1,
      machineGamesPerSecond: 250,
      bareGamesPerSecond: 1000,
      ratio: 4,
    });
    const x = benchInterpreter(flagship, 2, 3, clock([0, 6, 10, 20, 30, 38]));
    expect(x).toEqual({ games: 6, medianMs: 4, gamesPerSecond: 250 });
  });

  it('npm run bench:model builds the bundle and prints its figures', () => {
    const out = spawnSync('npx', ['tsx', 'scripts/benchModel.ts'], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_GAMES: '2', BENCH_ROUNDS: '1' },
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/statechart : [\d.]+ ms per game, \d+ games\/s on one core/);
    expect(out.stdout).toMatch(/ratio statechart \/ bare rules: [\d.]+×/);
    expect(out.stdout).toMatch(/XState alone: [\d.]+ ms per game, \d+ games\/s/);
  });
});
