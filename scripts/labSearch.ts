// `npm run lab:search -- [--scenario id|all] [--difficulty d|all] [--games 300] [--screen 100]
// [--keep 30] [--top 10] [--seed 1] [--workers 2] [--rules all|none] [--set name=value,…]`: the
// fixed-rule search for the tuning loop. Every fixed rule plays `--screen` games on the bare
// runner, the best `--keep` go on to `--games`, and the top `--top` are printed with the judgement
// strategy and its ablations on the same seeds, then the issue's targets for the cell with "met" or
// "not met", and at the end how many were met. `--rules none` plays only the judgement strategy and
// its ablations; `--set hot=67,minYes=0.98` changes its parameters (JUDGEMENT) for the run, so a
// grid of them is one command per point. Progress goes to stderr. Bad arguments give one clear
// line and exit 2.

import { SCENARIO_IDS } from '../src/content/catalog';
import { allRules } from '../src/lab/fixedRules';
import { formatRows } from '../src/lab/labTable';
import { openPool } from '../src/lab/pool';
import { judgement, searchRules } from '../src/lab/search';
import { parseSearchArgs } from '../src/lab/searchArgs';
import { cellTargets, formatTargets } from '../src/lab/targets';
import { DIFFICULTIES, type Difficulty } from '../src/model/types';

const parsed = parseSearchArgs(process.argv.slice(2), { scenarios: SCENARIO_IDS, difficulties: DIFFICULTIES });
if (!parsed.ok) {
  console.error(`lab:search: ${parsed.message}`);
  process.exit(2);
}
const a = parsed.value;
const rules = allRules();
const t0 = performance.now();
const progress = (label: string) => {
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - last < 2000) return;
    last = now;
    process.stderr.write(
      `${label}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} games, ${((now - t0) / 1000).toFixed(0)} s\n`,
    );
  };
};

const pool = openPool(a.workers);
const changed = Object.entries(a.judgement).map(([k, v]) => `${k}=${v}`);
if (changed.length) console.log(`judgement parameters changed: ${changed.join(', ')}`);
let met = 0;
let checked = 0;
for (const scenario of a.scenarios) {
  for (const difficulty of a.difficulties as Difficulty[]) {
    const cell = { scenario, difficulty };
    const o = { ...a, pool, chunk: 50 };
    const ranked = a.searchFixed
      ? await searchRules(cell, { ...o, progress: progress(`${scenario}/${difficulty} rules`) })
      : [];
    const judged = await judgement(
      cell,
      { ...o, progress: progress(`${scenario}/${difficulty} judgement`) },
      a.judgement,
    );
    const screened = a.screen > 0 && a.screen < a.games;
    const searched = !a.searchFixed
      ? `no fixed rules, the judgement strategy on ${a.games} games`
      : `${rules.length} fixed rules${screened ? ` screened on ${a.screen} games, the best ${a.keep} on ${a.games}` : ` on ${a.games} games`}`;
    console.log(`\n## ${scenario} · ${difficulty} · ${searched} (seeds from ${a.seed}, bare runner)\n`);
    if (a.searchFixed) {
      console.log(formatRows(ranked.slice(0, a.top)));
      console.log('');
    }
    console.log(formatRows(judged, false));
    console.log('');
    const [j, ...abl] = judged;
    const ablations = Object.fromEntries(abl.map((e) => [('lens' in e.player && e.player.lens) || e.name, e.tally]));
    const checks = cellTargets(difficulty, ranked[0] ?? null, j.tally, ablations);
    met += checks.filter((c) => c.met).length;
    checked += checks.length;
    console.log(formatTargets(checks));
  }
}
console.log(`\n${met} of ${checked} targets met`);
await pool.close();
console.log(`\n${((performance.now() - t0) / 1000).toFixed(0)} s in all`);
