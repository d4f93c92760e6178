// Entry bundled by scripts/benchModel.ts: runs the model benchmark and prints the figures. The
// XState-alone figure is measured by a second run of this same bundle (BENCH_PART=interpreter), so
// that its taped machine does not share a process, and V8's type feedback, with the real one.
import { spawnSync } from 'node:child_process';
import { loadShippedScenario } from '../src/content/catalog';
import { bench, benchInterpreter, type InterpreterResult } from '../src/lab/bench';

const games = Number(process.env.BENCH_GAMES ?? 200);
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const s = loadShippedScenario('mending-fences');
if (!s.ok) throw new Error('the flagship scenario does not load');
const now = () => performance.now();

if (process.env.BENCH_PART === 'interpreter') {
  console.log(JSON.stringify(benchInterpreter(s.value, games, rounds, now)));
} else {
  const r = bench(s.value, games, rounds, now);
  const x = interpreterInOwnProcess();
  const f = (v: number) => v.toFixed(3);
  const pct = (part: number) => `${((100 * part) / r.machineMedianMs).toFixed(0)} %`;
  console.log(`flagship (20 months), adaptive strategy, ${r.games} games each way, median of ${rounds} batches`);
  console.log(
    `statechart : ${f(r.machineMedianMs)} ms per game, ${r.machineGamesPerSecond.toFixed(0)} games/s on one core`,
  );
  console.log(`bare rules : ${f(r.bareMedianMs)} ms per game, ${r.bareGamesPerSecond.toFixed(0)} games/s on one core`);
  console.log(`ratio statechart / bare rules: ${r.ratio.toFixed(2)}×`);
  console.log(
    `XState alone: ${f(x.medianMs)} ms per game, ${x.gamesPerSecond.toFixed(0)} games/s ` +
      '(the same statechart and events, every action and guard answered from a tape; own process)',
  );
  console.log(
    `statechart ≈ XState alone ${pct(x.medianMs)} + rules, guards and strategy ${pct(r.machineMedianMs - x.medianMs)}`,
  );
  if (process.env.BENCH_JSON) console.log(JSON.stringify({ ...r, interpreter: x }));
}

function interpreterInOwnProcess(): InterpreterResult {
  const run = spawnSync(process.execPath, [process.argv[1]], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_PART: 'interpreter' },
  });
  if (run.error || run.status !== 0) throw new Error(`the XState-alone run failed: ${run.error ?? run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '');
}
