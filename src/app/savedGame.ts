// Rebuilding a saved game: finds its scenario (shipped, or the scenario file the save carries),
// checks that the scenario is the one the game was played with (content hash), replays the
// decisions through the real machine (report/replay, the one replay path) and, for a migrated old
// save, checks that the replay reached the same game. Every refusal is a reason in plain words for
// the title screen; the caller keeps the save aside. Never throws.

import type { ResolvedScenario } from '../model';
import type { Settings } from '../model';
import { type GameActor, replayDecisions, scenarioHash, snapshotHash } from '../report';
import type { LegacyCheck, SaveFile } from '../save/save';
import { FILE_SCENARIO_PREFIX, loadScenarioText } from './scenarioFile';
import { loadShippedScenario } from './scenarios';
import { app as A } from '../strings';

export type RebuiltGame =
  | { ok: true; actor: GameActor; scenarioId: string; scenario: ResolvedScenario; settings: Settings }
  | { ok: false; reason: string };

type Found = { ok: true; scenario: ResolvedScenario } | { ok: false; reason: string };

function scenarioOf(save: SaveFile, legacy: LegacyCheck | undefined): Found {
  const id = save.replay.scenario;
  if (!id.startsWith(FILE_SCENARIO_PREFIX)) {
    const s = loadShippedScenario(id);
    return s.ok ? { ok: true, scenario: s.value } : { ok: false, reason: A.savedGame.scenarioMissing(id) };
  }
  const file = save.scenarioFile;
  if (!file) {
    return {
      ok: false,
      reason: legacy ? A.savedGame.fileNotKept : A.savedGame.fileMissing,
    };
  }
  const s = loadScenarioText(file.name, file.text);
  return s.ok ? { ok: true, scenario: s.value } : { ok: false, reason: A.savedGame.fileBroken(file.name, s.lines[0]) };
}

export function rebuildSavedGame(save: SaveFile, legacy?: LegacyCheck): RebuiltGame {
  const found = scenarioOf(save, legacy);
  if (!found.ok) return found;
  const { scenario } = found;
  if (scenarioHash(scenario) !== save.scenarioHash) {
    return {
      ok: false,
      reason: A.savedGame.scenarioChanged(scenario.title),
    };
  }
  const settings = save.replay.settings;
  const run = replayDecisions({ scenario, settings }, save.replay.decisions);
  if (!run.ok) return { ok: false, reason: A.savedGame.notReplayed(run.message.replace(/\.$/, '')) };
  if (legacy && snapshotHash(run.context) !== legacy.fingerprint) {
    run.actor.stop();
    return {
      ok: false,
      reason: A.savedGame.otherGame,
    };
  }
  return { ok: true, actor: run.actor, scenarioId: save.replay.scenario, scenario, settings };
}
