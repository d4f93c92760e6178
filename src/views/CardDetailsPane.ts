// The initiative details pane: while a card is hovered or one of its buttons has the focus, the
// map and calendar make way for the card's summary, cost, every prerequisite (met or not) and the
// glossary terms it uses. Renders `cardDetails`. Loaded on first use (see scenes/roomDetails.ts).

import Phaser from 'phaser';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import { ONBOARDING } from '../strings/onboarding';
import { shippedGlossary } from '../app/glossary';
import type { InitiativeDetails } from '../model';
import { type CardDetailsModel, cardDetails } from './cardDetails';

const PAD = 16;
const GAP = 10;

export class CardDetailsPane extends Phaser.GameObjects.Container {
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private shownId: string | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly r: Rect,
    /** The views the pane covers; hidden while it shows. */
    private readonly covers: readonly Phaser.GameObjects.Container[],
  ) {
    super(scene, r.x, r.y);
    drawPanel(scene, this, r, ONBOARDING.details.heading);
    this.setVisible(false).setDepth(10);
    scene.add.existing(this);
  }

  /** The card shown now, or null. */
  get card(): string | null {
    return this.shownId;
  }

  /** Show card `d` (words from `cardDetails`, terms from the shipped glossary), or hide the pane (null). */
  show(d: InitiativeDetails | null): void {
    this.shownId = d?.id ?? null;
    this.setVisible(d !== null);
    for (const c of this.covers) c.setVisible(d === null);
    if (d) this.layout(cardDetails(d, shippedGlossary()));
  }

  private layout(m: CardDetailsModel): void {
    for (const t of this.texts) t.destroy();
    this.texts.length = 0;
    const bottom = this.r.h - PAD;
    const wrap = this.r.w - 2 * PAD;
    const blocks: { text: string; size: number; color: number; bold?: boolean; optional?: boolean }[] = [
      { text: m.title, size: SIZE.large, color: COLOR.text, bold: true },
      { text: m.summary, size: SIZE.body, color: COLOR.text },
      { text: m.cost, size: SIZE.small, color: COLOR.muted },
      ...(m.ask ? [{ text: m.ask, size: SIZE.small, color: COLOR.muted, optional: true }] : []),
      { text: m.prerequisitesHeading, size: SIZE.body, color: COLOR.text, bold: true },
      ...m.prerequisites.map((p) => ({
        text: `${p.mark} · ${p.text}`,
        size: SIZE.small,
        color: p.met === false ? 0xffb870 : COLOR.text,
      })),
      ...m.terms.map((t) => ({ text: `${t.term}: ${t.text}`, size: SIZE.small, color: COLOR.muted, optional: true })),
    ];
    let y = 48;
    for (const b of blocks) {
      const t = this.scene.add.text(PAD, y, b.text, textStyle(b.size, b.color, { bold: b.bold, wrap }));
      // what does not fit is left out whole (the ask, then the last terms), never cut
      if (b.optional && y + t.height > bottom) {
        t.destroy();
        continue;
      }
      this.texts.push(t);
      this.add(t);
      y += t.height + GAP;
    }
  }
}
