// Where the game gets its shipped content: the catalog (the deck and the three scenarios, bundled
// JSON validated on load), fetched with `import()` once the title has drawn, so its ≈ 45 kB (gzip)
// are not on the first load's path. Anything that needs it runs after `loadContent()` (the title's
// entries go through `App.afterContent`). The shipped data never changes while the page is open, so
// each scenario is validated and resolved once and the result reused: the setup screen lists all
// three on every visit, every new game loads one, and zod's validation is the costliest step of either.
import type { Loaded } from '../content/load';
import type { Deck } from '../content/schema';
import type { ResolvedScenario } from '../model';

type Catalog = typeof import('../content/catalog');

let catalog: Catalog | null = null;
let loading: Promise<Catalog> | null = null;

/** Fetches the catalog (once); resolves when the synchronous functions below may be called. */
export function loadContent(): Promise<Catalog> {
  loading ??= import('../content/catalog').then((m) => (catalog = m));
  return loading;
}

export const contentLoaded = (): boolean => catalog !== null;

function shipped(): Catalog {
  if (!catalog) throw new Error('The game content is not loaded yet (loadContent() first).');
  return catalog;
}

export const scenarioIds = (): readonly string[] => shipped().SCENARIO_IDS;

export const loadDeck = (): Loaded<Deck> => shipped().loadDeck();

const loaded = new Map<string, Loaded<ResolvedScenario>>();

export function loadShippedScenario(id: string): Loaded<ResolvedScenario> {
  const hit = loaded.get(id);
  if (hit) return hit;
  const r = shipped().loadShippedScenario(id);
  if (r.ok) loaded.set(id, r);
  return r;
}
