// The shipped deck's glossary, for the initiative details pane (validated with the deck, cached).

import { loadDeck } from '../content/catalog';
import type { GlossaryEntry } from '../content/schema';

export function shippedGlossary(): readonly GlossaryEntry[] {
  const deck = loadDeck();
  return deck.ok ? deck.value.glossary : [];
}
