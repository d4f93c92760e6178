// Which card the room's details pane shows: the card under the pointer, else the card whose button
// has the focus; none while a modal (an event card, the report, the menu, the guide) is open. The
// pane's code loads on the first card hovered or focused (a dynamic import), off the first load.

import type Phaser from 'phaser';
import { type GameContext, type InitiativeDetails, selectInitiativeDetails } from '../model';
import type { FocusManager } from '../ui/focus';
import { wakeLoop } from '../ui/idleLoop';
import type { Rect } from '../ui/theme';
import type { CardDetailsPane } from '../views/CardDetailsPane';
import type { InitiativeCards } from '../views/InitiativeCards';

export interface DetailsHost {
  scene: Phaser.Scene;
  /** Where the pane goes, and the views it covers while it shows. */
  rect: Rect;
  covers: readonly Phaser.GameObjects.Container[];
  cards: InitiativeCards;
  focus: FocusManager;
  context: () => GameContext;
  modal: () => string | null;
}

/** Follows the pointer and the focus; returns the update to call after each render. */
export function followCardDetails(h: DetailsHost): () => void {
  let hovered: string | null = null;
  let pane: CardDetailsPane | null = null;
  let loading = false;
  let last: string | null = null;
  const update = () => {
    const id = h.modal() ? null : (hovered ?? h.cards.cardOf(h.focus.focused()));
    const d: InitiativeDetails | null = id ? selectInitiativeDetails(h.context(), id) : null;
    if (d && !pane) return void load();
    const key = d ? JSON.stringify(d) : null;
    if (key === last || !pane) return;
    last = key;
    pane.show(d);
  };
  const load = () => {
    if (loading) return;
    loading = true;
    import('../views/onboardingLazy').then(
      (m) => {
        if (!h.scene.sys.isActive()) return;
        pane = new m.CardDetailsPane(h.scene, h.rect, h.covers);
        update();
        wakeLoop(h.scene.game);
      },
      () => {
        loading = false; // offline before it was cached: the room goes on without the pane
      },
    );
  };
  h.scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
    const id = h.cards.cardAt(p.worldX, p.worldY);
    if (id === hovered) return;
    hovered = id;
    update();
  });
  h.focus.onChange(() => update());
  return update;
}
