// Where the app gets its scenarios: the shipped catalog (bundled JSON, validated on load).
// The shipped data never changes while the page is open, so each scenario is validated and resolved
// once and the result reused: the setup screen lists all three on every visit, and every new game
// loads one, and zod's validation is the costliest step of either (time, and garbage per game).
import type { Loaded } from '../content/load';
import type { ResolvedScenario } from '../model';
import { loadShippedScenario as loadFromCatalog, SCENARIO_IDS } from '../content/catalog';

export { SCENARIO_IDS };

const loaded = new Map<string, Loaded<ResolvedScenario>>();

export function loadShippedScenario(id: string): Loaded<ResolvedScenario> {
  const hit = loaded.get(id);
  if (hit) return hit;
  const r = loadFromCatalog(id);
  if (r.ok) loaded.set(id, r);
  return r;
}
