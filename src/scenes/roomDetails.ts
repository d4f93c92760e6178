// Which card the room's details pane shows: the card under the pointer, else the card whose button
// has the focus; none while a modal (an event card, the report, the menu, the guide) is open.

import type Phaser from 'phaser';
import { selectInitiativeDetails, type GameContext } from '../model';
import type { FocusManager } from '../ui/focus';
import { shippedGlossary } from '../app/glossary';
import { cardDetails } from '../views/cardDetails';
import type { CardDetailsPane } from '../views/CardDetailsPane';
import type { InitiativeCards } from '../views/InitiativeCards';

export function followCardDetails(
  scene: Phaser.Scene,
  pane: CardDetailsPane,
  cards: InitiativeCards,
  focus: FocusManager,
  context: () => GameContext,
  modal: () => string | null,
): () => void {
  let hovered: string | null = null;
  const update = () => {
    const id = modal() ? null : (hovered ?? cards.cardOf(focus.focused()));
    const d = id ? selectInitiativeDetails(context(), id) : null;
    const key = id && d ? JSON.stringify(d) : null;
    if (key === last) return;
    last = key;
    pane.show(id, d ? cardDetails(d, shippedGlossary()) : null);
  };
  let last: string | null = null;
  scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
    const id = cards.cardAt(p.worldX, p.worldY);
    if (id === hovered) return;
    hovered = id;
    update();
  });
  focus.onChange(() => update());
  return update;
}
