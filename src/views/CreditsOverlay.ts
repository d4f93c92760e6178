// Sources & credits: where the map, the facts and the code come from.

import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { COLOR, HEIGHT, SIZE, textStyle, WIDTH } from '../ui/theme';
import { common, title } from '../strings';

const LINES = title.creditLines;

export class CreditsOverlay extends Phaser.GameObjects.Container {
  readonly summary = LINES.join(' ');

  constructor(scene: Phaser.Scene, onClose: () => void) {
    super(scene, 0, 0);
    const w = 1300;
    const h = 760;
    const x = (WIDTH - w) / 2;
    const y = (HEIGHT - h) / 2;
    const shade = scene.add.rectangle(0, 0, WIDTH, HEIGHT, 0x000000, 0.75).setOrigin(0).setInteractive();
    const panel = scene.add.graphics();
    panel.fillStyle(COLOR.panel, 1).fillRoundedRect(x, y, w, h, 12);
    panel.lineStyle(3, COLOR.panelEdge, 1).strokeRoundedRect(x, y, w, h, 12);
    this.add([shade, panel]);
    this.add(scene.add.text(x + 40, y + 30, title.credits, textStyle(SIZE.heading, COLOR.text, { bold: true })));
    let ty = y + 100;
    for (const line of LINES) {
      const t = scene.add.text(x + 40, ty, title.creditLine(line), textStyle(SIZE.body, COLOR.text, { wrap: w - 80 }));
      this.add(t);
      ty += t.height + 18;
    }
    const close = new Button(scene, x + w - 240, y + h - 84, 200, 56, common.close, onClose, { shortcut: 'Esc' });
    this.add(close.setModal('credits'));
    this.setDepth(4000).setVisible(false);
    scene.add.existing(this);
  }
}
