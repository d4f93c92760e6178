// The shipped content: the deck and the three scenarios, bundled as JSON and validated on load
// with the same code as `npm run validate`. A problem in shipped data becomes a list of messages
// for the error screen, never a blank page.

import type { ResolvedScenario } from '../model/scenario';
import type { Deck } from './schema';
import { type Loaded, loadScenario, parseDeck } from './load';
import advisors from './deck/advisors.json';
import endings from './deck/endings.json';
import events from './deck/events.json';
import glossary from './deck/glossary.json';
import initiatives from './deck/initiatives.json';
import milestones from './deck/milestones.json';
import builtToLast from './scenarios/built-to-last.json';
import julyWindow from './scenarios/july-window.json';
import mendingFences from './scenarios/mending-fences.json';

export const SCENARIO_FILES: Record<string, unknown> = {
  'mending-fences': mendingFences,
  'july-window': julyWindow,
  'built-to-last': builtToLast,
};
export const SCENARIO_IDS = Object.keys(SCENARIO_FILES);

export const DECK_DATA = { events, initiatives, milestones, endings, advisors, glossary };

let deckCache: Loaded<Deck> | null = null;

export function loadDeck(): Loaded<Deck> {
  deckCache ??= parseDeck('src/content/deck', DECK_DATA);
  return deckCache;
}

export function loadShippedScenario(id: string): Loaded<ResolvedScenario> {
  const deck = loadDeck();
  if (!deck.ok) return deck;
  const data = SCENARIO_FILES[id];
  if (data === undefined) {
    return {
      ok: false,
      problems: [{ file: `scenarios/${id}.json`, path: '$', message: `no shipped scenario "${id}"` }],
    };
  }
  return loadScenario(`src/content/scenarios/${id}.json`, data, deck.value);
}
