// A scenario file chosen by the player or instructor: validated with the same loader as
// `npm run validate`, so the problems read the same in the browser as on the command line. The
// file's text is remembered beside the resolved scenario, so a game played from it can carry the
// file in its save (a save holds decisions, not the scenario) and be loaded without the file.

import { formatProblem, loadScenario, parseJson } from '../content/load';
import type { ResolvedScenario } from '../model';
import type { ScenarioSource } from '../save/save';
import { firstLongText, MAX_SCENARIO_TEXT, sizeProblem } from '../report/fileLimits';
import { neutraliseDeep } from '../report/safeText';
import { loadDeck } from './scenarios';
import { app as A } from '../strings';

export type ScenarioFileResult = { ok: true; value: ResolvedScenario } | { ok: false; lines: string[] };

/** Prefix of the save's scenario id for a game played from a file (the file travels in the save). */
export const FILE_SCENARIO_PREFIX = 'file:';

const sources = new WeakMap<ResolvedScenario, ScenarioSource>();

export function loadScenarioText(fileName: string, text: string): ScenarioFileResult {
  const deck = loadDeck();
  if (!deck.ok) return { ok: false, lines: deck.problems.map(formatProblem) };
  const big = sizeProblem('scenario', text);
  if (big) return { ok: false, lines: [`${fileName}: ${big}`] };
  const json = parseJson(fileName, text);
  const long = json.ok ? firstLongText(json.value, MAX_SCENARIO_TEXT) : null;
  if (long)
    return {
      ok: false,
      lines: [A.scenarioTextTooLong(fileName, long.path, MAX_SCENARIO_TEXT, long.length)],
    };
  const loaded = json.ok ? loadScenario(fileName, neutraliseDeep(json.value), deck.value) : json;
  if (!loaded.ok) return { ok: false, lines: loaded.problems.map(formatProblem) };
  sources.set(loaded.value, { name: fileName, text });
  return { ok: true, value: loaded.value };
}

/** The file a scenario was loaded from by `loadScenarioText`, or null for any other scenario. */
export function scenarioSourceOf(scenario: ResolvedScenario): ScenarioSource | null {
  return sources.get(scenario) ?? null;
}
