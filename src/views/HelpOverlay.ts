// The help overlay: every keyboard shortcut, on top of any screen.

import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { COLOR, HEIGHT, SIZE, textStyle, WIDTH } from '../ui/theme';
import { common } from '../strings';

const SHORTCUTS = common.shortcuts;

export class HelpOverlay extends Phaser.GameObjects.Container {
  readonly summary = SHORTCUTS.map(([k, v]) => common.shortcutLine(k, v)).join(' ');

  constructor(scene: Phaser.Scene, onClose: () => void) {
    super(scene, 0, 0);
    const w = 1100;
    const h = 120 + SHORTCUTS.length * 48 + 100;
    const x = (WIDTH - w) / 2;
    const y = (HEIGHT - h) / 2;
    const shade = scene.add.rectangle(0, 0, WIDTH, HEIGHT, 0x000000, 0.7).setOrigin(0).setInteractive();
    const panel = scene.add.graphics();
    panel.fillStyle(COLOR.panel, 1).fillRoundedRect(x, y, w, h, 12);
    panel.lineStyle(3, COLOR.focus, 1).strokeRoundedRect(x, y, w, h, 12);
    const title = scene.add.text(x + 40, y + 30, common.helpTitle, textStyle(SIZE.heading, COLOR.text, { bold: true }));
    this.add([shade, panel, title]);
    SHORTCUTS.forEach(([key, what], i) => {
      const ty = y + 100 + i * 48;
      this.add(scene.add.text(x + 40, ty, key, textStyle(SIZE.body, COLOR.focus, { bold: true })));
      this.add(scene.add.text(x + 420, ty, what, textStyle(SIZE.body, COLOR.text, { wrap: w - 460 })));
    });
    const close = new Button(scene, x + w - 240, y + h - 80, 200, 56, common.close, onClose, { shortcut: 'Esc' });
    close.setModal('help');
    this.add(close);
    this.setDepth(5000).setVisible(false);
    scene.add.existing(this);
  }
}
