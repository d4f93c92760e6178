// `npm run simulate -- --scenario <id> --strategy <name> --games <n> --seed <s> [--difficulty d]
// [--lens electionBlind|estimateBlind|trueValues] [--runner actor|bare] [--json]`
// Plays seeded games headless and prints the outcome table (or JSON). Bad arguments give one clear
// line and exit 2.

import { loadShippedScenario, SCENARIO_IDS } from '../src/content/catalog';
import { formatProblem } from '../src/content/load';
import { formatTable, simulate } from '../src/lab/simulate';
import { STRATEGIES } from '../src/model/play/strategies';
import { DIFFICULTIES, type Difficulty } from '../src/model/types';
import { parseArgs } from '../src/lab/args';
import { RUNNERS, type Runner } from '../src/lab/tally';
import { LENSES } from '../src/model/play/lenses';

const parsed = parseArgs(process.argv.slice(2), {
  scenarios: SCENARIO_IDS,
  strategies: Object.keys(STRATEGIES),
  difficulties: DIFFICULTIES,
  lenses: Object.keys(LENSES),
  runners: RUNNERS,
});
if (!parsed.ok) {
  console.error(`simulate: ${parsed.message}`);
  process.exit(2);
}
const a = parsed.value;
const scenario = loadShippedScenario(a.scenario);
if (!scenario.ok) {
  console.error(scenario.problems.map(formatProblem).join('\n'));
  process.exit(1);
}
const result = simulate(
  {
    scenario: scenario.value,
    strategy: STRATEGIES[a.strategy],
    games: a.games,
    seed: a.seed,
    difficulty: a.difficulty as Difficulty,
    lens: a.lens === null ? undefined : LENSES[a.lens],
    runner: a.runner as Runner,
  },
  () => performance.now(),
);
console.log(a.json ? JSON.stringify(result, null, 2) : formatTable(result));
