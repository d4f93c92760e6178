// From a session code to everything needed to start the game: the scenario (loaded and
// validated, or the scenario file the code names by its content tag), the model's settings and the
// pacing (the preset's length over the scenario's months). Every table that types the same code,
// with the same file for a file scenario, gets the same GameInput, hence the same game for the
// same decisions. The shipped scenarios come from the caller (`ShippedScenarios`): the server and
// the tests pass the bundled catalog (seminar/setup.ts), the game the one it loads on demand.

import { formatProblem, type Loaded } from '../content/load';
import type { GameInput, ResolvedScenario, Settings } from '../model';
import { scenarioHash } from '../report/scenarioHash';
import { scenarioFile } from '../strings/session';
import { minutesPerMonthFor, PRESETS, type SessionPreset } from './presets';
import { decodeSession, fileScenarioId, isFileScenario, type SessionParams } from './sessionCode';

export type SessionSetup =
  | {
      ok: true;
      code: string;
      params: SessionParams;
      preset: SessionPreset;
      /** The turn timer: the preset's play time spread over the scenario's months. */
      minutesPerMonth: number;
      input: GameInput;
    }
  | { ok: false; error: string };

export function settingsFor(params: SessionParams): Settings {
  return {
    seed: params.seed,
    difficulty: params.difficulty,
    seats: { ...params.seats },
    eventDensity: PRESETS[params.preset].eventDensity,
    ...(params.historicalCalendar && { historicalCalendar: true }),
  };
}

/** Finds a shipped scenario by id, validated. */
export type ShippedScenarios = (id: string) => Loaded<ResolvedScenario>;

/** The scenario a code names: a shipped one, or `file` when its content tag matches the code's. */
function scenarioFor(
  loadShippedScenario: ShippedScenarios,
  params: SessionParams,
  file?: ResolvedScenario,
): { ok: true; value: ResolvedScenario } | { ok: false; error: string } {
  if (!isFileScenario(params.scenario)) {
    const s = loadShippedScenario(params.scenario);
    return s.ok ? s : { ok: false, error: s.problems.map(formatProblem).join('\n') };
  }
  if (!file)
    return {
      ok: false,
      error: scenarioFile.needed,
    };
  if (fileScenarioId(scenarioHash(file)) !== params.scenario)
    return {
      ok: false,
      error: scenarioFile.differs,
    };
  return { ok: true, value: file };
}

export function sessionSetupFrom(shipped: ShippedScenarios, code: string, file?: ResolvedScenario): SessionSetup {
  const decoded = decodeSession(code);
  if (!decoded.ok) return decoded;
  const params = decoded.value;
  const scenario = scenarioFor(shipped, params, file);
  if (!scenario.ok) return scenario;
  const preset = PRESETS[params.preset];
  return {
    ok: true,
    code,
    params,
    preset,
    minutesPerMonth: minutesPerMonthFor(preset, scenario.value.months),
    input: { scenario: scenario.value, settings: settingsFor(params) },
  };
}
