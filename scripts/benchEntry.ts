// Entry bundled by scripts/benchModel.ts: runs the model benchmark and prints the figures.
import { loadShippedScenario } from '../src/content/catalog';
import { bench } from '../src/lab/bench';

const games = Number(process.env.BENCH_GAMES ?? 200);
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const s = loadShippedScenario('mending-fences');
if (!s.ok) throw new Error('the flagship scenario does not load');
const r = bench(s.value, games, rounds, () => performance.now());
const f = (x: number) => x.toFixed(3);
console.log(`flagship (20 months), adaptive strategy, ${r.games} games each way, median of ${rounds} batches`);
console.log(
  `statechart : ${f(r.machineMedianMs)} ms per game, ${r.machineGamesPerSecond.toFixed(0)} games/s on one core`,
);
console.log(`bare rules : ${f(r.bareMedianMs)} ms per game, ${r.bareGamesPerSecond.toFixed(0)} games/s on one core`);
console.log(`ratio statechart / bare rules: ${r.ratio.toFixed(2)}×`);
if (process.env.BENCH_JSON) console.log(JSON.stringify(r));
