// From a session code to everything needed to start the game: the scenario (loaded and
// validated), the model's settings and the preset's pacing. Every table that types the same code
// gets the same GameInput, hence the same game for the same decisions.

import { loadShippedScenario } from '../content/catalog';
import { formatProblem } from '../content/load';
import type { GameInput, Settings } from '../model';
import { PRESETS, type SessionPreset } from './presets';
import { decodeSession, type SessionParams } from './sessionCode';

export type SessionSetup =
  | { ok: true; code: string; params: SessionParams; preset: SessionPreset; input: GameInput }
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

export function sessionSetup(code: string): SessionSetup {
  const decoded = decodeSession(code);
  if (!decoded.ok) return decoded;
  const params = decoded.value;
  const scenario = loadShippedScenario(params.scenario);
  if (!scenario.ok) return { ok: false, error: scenario.problems.map(formatProblem).join('\n') };
  return {
    ok: true,
    code,
    params,
    preset: PRESETS[params.preset],
    input: { scenario: scenario.value, settings: settingsFor(params) },
  };
}
