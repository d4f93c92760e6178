// The milestone moment: a quiet banner above the turn report when a month reaches a milestone (a
// star and a double edge for the capstone): it fades in and its edge breathes twice, then it stays,
// still, while the report is open. No confetti: this is diplomacy over a painful history.

import Phaser from 'phaser';
import { pulse, reveal } from '../ui/motion';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import type { MilestoneMomentModel } from './feelModels';

export class MilestoneMoment extends Phaser.GameObjects.Container {
  private readonly edge: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private shownLine: string | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly r: Rect,
  ) {
    super(scene, r.x, r.y);
    const bg = scene.add.graphics();
    bg.fillStyle(COLOR.panel, 1).fillRoundedRect(0, 0, r.w, r.h, 10);
    this.edge = scene.add.graphics();
    this.text = scene.add
      .text(r.w / 2, r.h / 2, '', textStyle(SIZE.heading, COLOR.focus, { bold: true, align: 'center', wrap: r.w - 40 }))
      .setOrigin(0.5);
    this.add([bg, this.edge, this.text]);
    this.setName('milestone-moment').setDepth(1100).setVisible(false);
    scene.add.existing(this);
  }

  /** Shows the moment (animated the first time a given line is shown), or hides it. */
  render(m: MilestoneMomentModel | null): void {
    this.setVisible(m !== null);
    if (!m) {
      this.shownLine = null;
      return;
    }
    if (m.line === this.shownLine) return;
    this.shownLine = m.line;
    const { w, h } = this.r;
    // the largest size that keeps it on one line (several long names: two lines of body text)
    this.text.setText(m.line);
    for (const size of [SIZE.heading, SIZE.large, SIZE.body]) {
      this.text.setFontSize(size);
      if (this.text.getWrappedText().length === 1) break;
    }
    this.edge.clear().lineStyle(3, COLOR.focus, 1).strokeRoundedRect(0, 0, w, h, 10);
    if (m.capstone) this.edge.lineStyle(1, COLOR.focus, 1).strokeRoundedRect(6, 6, w - 12, h - 12, 6);
    reveal(this.scene, [this.text]);
    pulse(this.scene, this.edge, m.capstone ? 3 : 2, 200);
  }
}
