// `npm run bench:save`: how large a save is at the end of finished flagship games, in the current
// format (a replay: settings + decisions + content hash) beside the old one (version 1, the whole
// persisted XState snapshot with the scenario inside), and how long loading takes each way.

import { performance } from 'node:perf_hooks';
import { createActor } from 'xstate';
import { loadShippedScenario } from '../src/content/catalog';
import { gameMachine } from '../src/model/machine';
import { DEFAULT_SETTINGS } from '../src/model/context';
import { runGame } from '../src/model/play/runGame';
import { STRATEGIES } from '../src/model/play/strategies';
import { replayDecisions, scenarioHash, toReplay } from '../src/report';
import { makeSave } from '../src/save/save';

const ID = 'mending-fences';
const SEEDS = Number(process.argv[2] ?? 10);
const loaded = loadShippedScenario(ID);
if (!loaded.ok) throw new Error(`${ID} does not load`);
const scenario = loaded.value;
const now = new Date(0);

const rows: { replay: number; snapshot: number; loadReplayMs: number; loadSnapshotMs: number }[] = [];
for (const name of Object.keys(STRATEGIES).sort()) {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const settings = { ...DEFAULT_SETTINGS, seed: seed * 7919 };
    const input = { scenario, settings };
    const actor = createActor(gameMachine, { input }).start();
    const end = runGame(input, STRATEGIES[name]);
    if (end.context.history.length !== scenario.months) continue; // finished games only
    for (const d of end.context.decisions) actor.send(d.event);
    const replayText = JSON.stringify(makeSave(toReplay(end.context, ID), scenarioHash(scenario), now));
    const old = { version: 1, scenarioId: ID, settings, snapshot: actor.getPersistedSnapshot(), savedAt: '' };
    const snapshotText = JSON.stringify(old);
    let t = performance.now();
    const save = JSON.parse(replayText);
    const run = replayDecisions({ scenario, settings: save.replay.settings }, save.replay.decisions);
    const loadReplayMs = performance.now() - t;
    if (!run.ok) throw new Error(run.message);
    t = performance.now();
    createActor(gameMachine, { snapshot: JSON.parse(snapshotText).snapshot, input }).start();
    const loadSnapshotMs = performance.now() - t;
    rows.push({ replay: replayText.length, snapshot: snapshotText.length, loadReplayMs, loadSnapshotMs });
  }
}
const max = (k: keyof (typeof rows)[0]) => Math.max(...rows.map((r) => r[k]));
const median = (k: keyof (typeof rows)[0]) => {
  const v = rows.map((r) => r[k]).sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
console.log(`${rows.length} finished ${ID} games (${scenario.months} months), save text at the end:`);
console.log(`  replay save (v2):   median ${kb(median('replay'))}, largest ${kb(max('replay'))}`);
console.log(`  snapshot save (v1): median ${kb(median('snapshot'))}, largest ${kb(max('snapshot'))}`);
console.log(`  ratio v1/v2 (largest): ${(max('snapshot') / max('replay')).toFixed(1)}×`);
console.log(
  `  load: replay median ${median('loadReplayMs').toFixed(2)} ms, snapshot median ${median('loadSnapshotMs').toFixed(2)} ms`,
);
