// Three advisers who disagree: each one's title, role and counsel for this month.

import Phaser from 'phaser';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface AdvisorLine {
  id: string;
  role: string;
  title: string;
  line: string;
}

export class AdvisorsView extends Phaser.GameObjects.Container {
  private readonly texts: Phaser.GameObjects.Text[] = [];

  constructor(
    scene: Phaser.Scene,
    private readonly r: Rect,
  ) {
    super(scene, r.x, r.y);
    drawPanel(scene, this, r, R.advisersPanel);
    scene.add.existing(this);
  }

  render(advisors: AdvisorLine[]): void {
    for (const t of this.texts) t.destroy();
    this.texts.length = 0;
    let y = 46;
    for (const a of advisors.slice(0, 3)) {
      const t = this.scene.add.text(
        16,
        y,
        R.adviserLine(a.role, a.line),
        textStyle(SIZE.small, COLOR.text, { wrap: this.r.w - 32 }),
      );
      this.texts.push(t);
      this.add(t);
      y += t.height + 8;
    }
    // long counsel: tighter lines and gaps, never smaller type (the room's layout gives the panel
    // room for ADVISER_TEXT_MAX characters each, which test/content/adviserLines.test.ts holds the content to)
    if (y > this.r.h - 8) {
      let yy = 42;
      for (const t of this.texts) {
        t.setLineSpacing(0).setY(yy);
        yy += t.height + 4;
      }
    }
  }
}
