// A scenario file chosen by the player or instructor: validated with the same loader as
// `npm run validate`, so the problems read the same in the browser as on the command line.

import { loadDeck } from '../content/catalog';
import { formatProblem, loadScenario, parseJson } from '../content/load';
import type { ResolvedScenario } from '../content/schema';
import { firstLongText, MAX_SCENARIO_TEXT, sizeProblem } from '../report/fileLimits';
import { neutraliseDeep } from '../report/safeText';

export type ScenarioFileResult = { ok: true; value: ResolvedScenario } | { ok: false; lines: string[] };

/** Prefix of the save's scenario id for a game played from a file (its data lives in the save). */
export const FILE_SCENARIO_PREFIX = 'file:';

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
      lines: [
        `${fileName}: ${long.path}: a text is at most ${MAX_SCENARIO_TEXT} characters (this one has ${long.length})`,
      ],
    };
  const loaded = json.ok ? loadScenario(fileName, neutraliseDeep(json.value), deck.value) : json;
  return loaded.ok ? { ok: true, value: loaded.value } : { ok: false, lines: loaded.problems.map(formatProblem) };
}
