// The shipped scenarios read from disk for the browser tests (the catalog's JSON imports need a
// bundler; the loader is the same one the game uses).

import { readFileSync } from 'node:fs';
import { loadScenario, parseDeck } from '../src/content/load';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const DECK = ['events', 'initiatives', 'milestones', 'endings', 'advisors', 'glossary'];

/** A shipped scenario, resolved against the shipped deck; null when it does not load. */
export function shippedScenario(id: string) {
  const deck = parseDeck(
    'src/content/deck',
    Object.fromEntries(DECK.map((n) => [n, json(`src/content/deck/${n}.json`)])),
  );
  if (!deck.ok) return null;
  const path = `src/content/scenarios/${id}.json`;
  const s = loadScenario(path, json(path), deck.value);
  return s.ok ? s.value : null;
}
