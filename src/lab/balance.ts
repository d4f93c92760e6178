// `npm run balance`: the balance lab's standard runs and the text of docs/balance.md. For every
// scenario × difficulty: the fixed-rule search on the bare runner, its best three re-run through
// the statechart at the full size, and the judgement strategy with its ablations; for every
// scenario at normal: the named strategies, and the searched rules that reach each ending most
// often. Then the issue's targets beside the measured figures.

import { SCENARIO_IDS } from '../content/catalog';
import { LENSES } from '../model/play/lenses';
import { STRATEGIES } from '../model/play/strategies';
import type { Difficulty } from '../model/types';
import { allRules } from './fixedRules';
import { type Job, type PlayerSpec, playerLabel } from './jobs';
import { formatRows } from './labTable';
import { openPool, type Pool } from './pool';
import {
  ABLATIONS,
  type Cell,
  type Entry,
  JUDGEMENT,
  judgement,
  type ReachedEnding,
  rank,
  reachRules,
  searchRules,
} from './search';
import { wilson } from './stats';
import type { Runner, Tally } from './tally';
import { cellTargets, formatTargets, strategyTargets, type TargetCheck } from './targets';

export interface BalanceOptions {
  /** Games per row of the full-size runs (the confirmed rules, the judgement strategy, the named ones). */
  games: number;
  /** Games per rule in the search, and in its screening round (0: no screening). */
  searchGames: number;
  screen: number;
  keep: number;
  /** Rules of each cell re-run through the statechart at the full size. */
  confirm: number;
  /** The runner of the confirmation (the statechart by default; the bare runner plays the same games faster). */
  confirmRunner: Runner;
  seed: number;
  workers: number;
  scenarios: readonly string[];
  difficulties: readonly Difficulty[];
  progress?: (line: string) => void;
}

export const NAMED = ['hard', 'quiet', 'random', 'loud'] as const;

export interface CellResult {
  cell: Cell;
  /** The best rules of the search, re-run through the statechart at `games`, ranked. */
  confirmed: Entry[];
  /** The judgement strategy, then its ablations, at `games`. */
  judged: Entry[];
  /**
   * At normal: for each ending, the searched rule that reached it most often (not already among
   * `confirmed`), re-played at `games` on the bare runner. Empty at the other difficulties.
   */
  reached: { ending: ReachedEnding; entry: Entry }[];
}

export interface BalanceResult {
  cells: CellResult[];
  /** Per scenario at normal: the named strategies at `games` (the judgement strategy is in its cell). */
  named: Record<string, Entry[]>;
  seconds: number;
}

export function balanceOptions(env: Record<string, string | undefined>): BalanceOptions {
  const num = (key: string, fallback: number, min: number) => {
    const raw = env[key];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`${key} must be a whole number ≥ ${min}, got "${raw}"`);
    return n;
  };
  const list = <T extends string>(key: string, all: readonly T[]): T[] => {
    const raw = env[key];
    if (!raw) return [...all];
    const picked = raw.split(',').map((x) => x.trim()) as T[];
    for (const p of picked) if (!all.includes(p)) throw new Error(`${key}: unknown "${p}" (one of: ${all.join(', ')})`);
    return picked;
  };
  return {
    games: num('GAMES', 2000, 1),
    searchGames: num('SEARCH_GAMES', 300, 1),
    screen: num('SEARCH_SCREEN', 100, 0),
    keep: num('SEARCH_KEEP', 30, 1),
    confirm: num('CONFIRM', 3, 1),
    confirmRunner: list('CONFIRM_RUNNER', ['actor', 'bare'] as const)[0],
    seed: num('SEED', 1, -2_147_483_648),
    workers: num('WORKERS', 2, 1),
    scenarios: list('SCENARIOS', SCENARIO_IDS),
    difficulties: list('DIFFICULTIES', ['easy', 'normal', 'hard'] as const),
  };
}

async function playAll(
  pool: Pool,
  cell: Cell,
  players: readonly PlayerSpec[],
  o: BalanceOptions,
  runner: Job['runner'],
) {
  const jobs: Job[] = players.map((player) => ({ ...cell, player, seed: o.seed, from: 0, to: o.games, runner }));
  const tallies = await pool.run(jobs, { chunk: 100 });
  return players.map((player, i) => ({ name: playerLabel(player), player, tally: tallies[i] }));
}

/** The rules that reach each ending most often in the search, re-played at the full size. */
async function reachAll(
  pool: Pool,
  cell: Cell,
  searched: readonly Entry[],
  confirmed: readonly Entry[],
  o: BalanceOptions,
) {
  const picks = reachRules(searched, new Set(confirmed.map((e) => e.name)));
  const unique = [...new Map(picks.map((p) => [p.entry.name, p.entry.player])).values()];
  const played = new Map((await playAll(pool, cell, unique, o, 'bare')).map((e) => [e.name, e]));
  return picks.map((p) => ({ ending: p.ending, entry: played.get(p.entry.name) as Entry }));
}

export async function runBalance(o: BalanceOptions, now: () => number): Promise<BalanceResult> {
  const t0 = now();
  const say = (s: string) => o.progress?.(`${((now() - t0) / 1000).toFixed(0).padStart(4)} s  ${s}`);
  const pool = openPool(o.workers);
  const cells: CellResult[] = [];
  const named: Record<string, Entry[]> = {};
  try {
    for (const scenario of o.scenarios) {
      for (const difficulty of o.difficulties) {
        const cell = { scenario, difficulty };
        const so = {
          games: o.searchGames,
          screen: o.screen,
          keep: o.keep,
          seed: o.seed,
          workers: o.workers,
          pool,
          chunk: 50,
        };
        const searched = await searchRules(cell, so);
        say(`${scenario}/${difficulty}: searched ${searched.length} rules, best ${searched[0].name}`);
        const confirmed = rank(
          await playAll(
            pool,
            cell,
            searched.slice(0, o.confirm).map((e) => e.player),
            o,
            'actor',
          ),
        );
        say(`${scenario}/${difficulty}: confirmed the best ${confirmed.length} (${o.confirmRunner} runner)`);
        const judged = await judgement(cell, { ...so, games: o.games });
        say(`${scenario}/${difficulty}: ${JUDGEMENT} and its ablations`);
        const reached = difficulty === 'normal' ? await reachAll(pool, cell, searched, confirmed, o) : [];
        cells.push({ cell, confirmed, judged, reached });
      }
      named[scenario] = await playAll(
        pool,
        { scenario, difficulty: 'normal' },
        NAMED.map((strategy) => ({ strategy })),
        o,
        'bare',
      );
      say(`${scenario}: the named strategies`);
    }
  } finally {
    await pool.close();
  }
  return { cells, named, seconds: (now() - t0) / 1000 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const share = (t: Tally, e: keyof Tally['endings']) => (t.games ? t.endings[e] / t.games : 0);
const interval = (t: Tally, ending: keyof Tally['endings'] = 'builtToLast') => {
  const w = wilson(t.endings[ending], t.games);
  return `${pct(w.share)} (${pct(w.low)}–${pct(w.high)})`;
};
const delta = (a: Tally, b: Tally) => {
  const d = (share(a, 'builtToLast') - share(b, 'builtToLast')) * 100;
  return `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(1)}`;
};

function reachTable(reached: CellResult['reached']): string {
  const head = '| ending | fixed rule | games | that ending (95%) |\n| --- | --- | ---: | --- |';
  const body = reached.map(
    ({ ending, entry }) => `| ${ending} | ${entry.name} | ${entry.tally.games} | ${interval(entry.tally, ending)} |`,
  );
  return [head, ...body].join('\n');
}

/** The targets of one scenario: each difficulty's cell, then the named strategies at normal. */
export function scenarioTargets(r: BalanceResult, scenario: string): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const c of r.cells.filter((x) => x.cell.scenario === scenario)) {
    const [j, ...abl] = c.judged;
    const ablations = Object.fromEntries(abl.map((e, i) => [ABLATIONS[i], e.tally]));
    const checks = cellTargets(c.cell.difficulty, c.confirmed[0], j.tally, ablations);
    out.push(...checks.map((x) => ({ ...x, target: `${c.cell.difficulty}: ${x.target}` })));
  }
  const normal = r.cells.find((x) => x.cell.scenario === scenario && x.cell.difficulty === 'normal');
  // Every strategy played 2,000 games at normal: the named ones, the judgement strategy with its
  // ablations and the best fixed rules (the rows of "Every ending" and "Ruptures by capital").
  const rows: Record<string, Tally> = {};
  for (const e of [...(r.named[scenario] ?? []), ...(normal?.judged ?? []), ...(normal?.confirmed ?? [])])
    rows[e.name] = e.tally;
  // The rules picked to reach an ending count for the endings, not for the capitals' shares: they
  // were picked for what they end in, so they would tilt the split between the capitals.
  const reaching: Record<string, Tally> = {};
  for (const x of normal?.reached ?? []) reaching[x.entry.name] = x.entry.tally;
  out.push(...strategyTargets(rows, reaching).map((x) => ({ ...x, target: `normal: ${x.target}` })));
  return out;
}

export function balanceDoc(r: BalanceResult, o: BalanceOptions): string {
  const rules = allRules().length;
  const screened = o.screen > 0 && o.screen < o.searchGames;
  const lines: string[] = [];
  const all = o.scenarios.flatMap((s) => scenarioTargets(r, s).map((t) => ({ s, t })));
  lines.push(`# Balance

Generated by \`npm run balance\` in ${Math.round(r.seconds)} s on ${o.workers} worker${o.workers > 1 ? 's' : ''}: seeds from ${o.seed}, the same model code the browser runs.
Sizes: the fixed-rule search plays each of the ${rules} rules ${screened ? `${o.screen} games, and the best ${o.keep} of each cell ${o.searchGames}` : `${o.searchGames} games`} (bare runner); the best ${o.confirm} of each cell, the judgement strategy with its ablations and the named strategies play ${o.games.toLocaleString('en-US')} games a row.
The best rules are re-run ${o.confirmRunner === 'actor' ? 'through the statechart' : 'on the bare runner'}; the other rows use the bare phase functions, which play the same games (a test checks it).
Override with \`GAMES=\`, \`SEARCH_GAMES=\`, \`SEARCH_SCREEN=\` (0: no screening), \`SEARCH_KEEP=\`, \`CONFIRM=\`, \`WORKERS=\`, \`SCENARIOS=a,b\`, \`DIFFICULTIES=normal\`, \`OUT=path\`.
For the tuning loop, one cell in about a minute: \`npm run lab:search -- --scenario mending-fences --difficulty normal --games 300\`.
Single runs: \`npm run simulate -- --scenario <id> --strategy <name> --games <n> --seed <s> [--difficulty d] [--json]\`.

Strategies read Washington's view only (\`selectStrategyView\`: public meters, estimates, seasons and election clocks, the cards as the planning screen shows them), never the context.
Named: ${Object.values(STRATEGIES)
    .map((s) => `**${s.name}** (${s.describe})`)
    .join('; ')}.
The judgement strategy is **${JUDGEMENT}**; its ablations see the game through a lens: ${Object.values(LENSES)
    .map((l) => `**${l.name}** (${l.describe})`)
    .join('; ')}.
Fixed rules read only the month and the cards (never an estimate, an election or the threat): constant posture pairs (0–3 each) and symmetric pairs alternating month by month × all public / all private / history private and the rest public × no initiatives / the milestone steps / everything / the capstone's path × with or without the cool-off month whenever it is legal; events get the first choice offered.

## Targets (issue 14)

${all.filter((x) => x.t.met).length} of ${all.length} met.
`);
  for (const s of o.scenarios) {
    lines.push(`### ${s}\n\n${formatTargets(scenarioTargets(r, s))}\n`);
  }
  lines.push(`## The best fixed rule per scenario and difficulty

${o.confirmRunner === 'actor' ? 'Through the statechart' : 'On the bare runner'} at ${o.games.toLocaleString('en-US')} games; the judgement strategy on the same seeds.

| scenario | difficulty | best fixed rule | built to last (95%) | ${JUDGEMENT} | rule − judgement (points) |
| --- | --- | --- | --- | --- | ---: |
${r.cells
  .map((c) => {
    const best = c.confirmed[0];
    const j = c.judged[0].tally;
    return `| ${c.cell.scenario} | ${c.cell.difficulty} | ${best.name} | ${interval(best.tally)} | ${interval(j)} | ${delta(best.tally, j)} |`;
  })
  .join('\n')}

## Ablations of the judgement strategy

Change of the "built to last" share against ${JUDGEMENT} on the same seeds, in points.

| scenario | difficulty | ${JUDGEMENT} | ${ABLATIONS.join(' | ')} |
| --- | --- | --- | ${ABLATIONS.map(() => '---:').join(' | ')} |
${r.cells
  .map((c) => {
    const [j, ...abl] = c.judged;
    return `| ${c.cell.scenario} | ${c.cell.difficulty} | ${interval(j.tally)} | ${abl.map((e) => `${pct(share(e.tally, 'builtToLast'))} (${delta(e.tally, j.tally)})`).join(' | ')} |`;
  })
  .join('\n')}

## Every ending per strategy

Rupture shows, in brackets, the share of the ruptures in which Seoul's and Tokyo's public broke (both count when both did).
`);
  for (const s of o.scenarios) {
    const normal = r.cells.find((c) => c.cell.scenario === s && c.cell.difficulty === 'normal');
    const rows = [...(r.named[s] ?? []), ...(normal?.judged ?? [])];
    lines.push(`### ${s} · normal\n\n${formatRows(rows, false)}\n`);
    for (const c of r.cells.filter((x) => x.cell.scenario === s)) {
      lines.push(
        `${s} · ${c.cell.difficulty} · the best ${c.confirmed.length} fixed rules${c.cell.difficulty === 'normal' ? ' (the judgement strategy is in the table above)' : ' and the judgement strategy'}:\n\n${formatRows([...c.confirmed, ...(c.cell.difficulty === 'normal' ? [] : c.judged)], false)}\n`,
      );
    }
  }
  lines.push(`## Every ending reached

For each ending of each scenario at normal, the fixed rule that reached it most often in the search (leaving out the best rules above), re-played at ${o.games.toLocaleString('en-US')} games on the bare runner. They count toward "every ending occurs", not toward the split of ruptures by capital.
`);
  for (const s of o.scenarios) {
    const normal = r.cells.find((c) => c.cell.scenario === s && c.cell.difficulty === 'normal');
    if (!normal?.reached.length) continue;
    lines.push(`### ${s} · normal

${reachTable(normal.reached)}
`);
  }
  lines.push(`## Ruptures by capital

All the rows above of each scenario at normal pooled.

| scenario | ruptures | Seoul broke | Tokyo broke |
| --- | ---: | ---: | ---: |
${o.scenarios
  .map((s) => {
    const normal = r.cells.find((c) => c.cell.scenario === s && c.cell.difficulty === 'normal');
    const rows = [...(r.named[s] ?? []), ...(normal?.judged ?? []), ...(normal?.confirmed ?? [])];
    const n = rows.reduce((k, e) => k + e.tally.endings.rupture, 0);
    const by = (a: 'seoul' | 'tokyo') => rows.reduce((k, e) => k + e.tally.ruptures[a], 0);
    return `| ${s} | ${n} | ${n ? pct(by('seoul') / n) : '–'} | ${n ? pct(by('tokyo') / n) : '–'} |`;
  })
  .join('\n')}
`);
  return lines.join('\n');
}
