// The content hash of a resolved scenario: a save, an undo step or a console resync names the
// scenario by id, and this hash says whether the scenario found under that id now is the one the
// decisions were played with (a changed deck would replay them into a different game).

import type { ResolvedScenario } from '../model';
import { canonicalJson, fnv1a } from './replay';

const hashes = new WeakMap<ResolvedScenario, string>();

/** FNV-1a over the scenario's canonical JSON, with its length: `"1a2b3c4d-5e6f"`. Memoised per object. */
export function scenarioHash(scenario: ResolvedScenario): string {
  const hit = hashes.get(scenario);
  if (hit) return hit;
  const text = canonicalJson(scenario);
  const hash = `${fnv1a(text)}-${text.length.toString(36)}`;
  hashes.set(scenario, hash);
  return hash;
}
