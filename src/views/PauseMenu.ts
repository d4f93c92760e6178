// The situation room's pause menu (Esc, or the Menu button): resume, keyboard help, the guided
// first month, the reduced motion setting, and the way back to the title screen (the game is saved
// every month, so Continue on the title resumes it). A modal: only its buttons take focus and clicks.

import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { COLOR, HEIGHT, SIZE, textStyle, WIDTH } from '../ui/theme';
import { ONBOARDING } from '../strings/onboarding';

export const PAUSE_MODAL = 'pause-menu';

export interface PauseMenuActions {
  resume: () => void;
  help: () => void;
  /** The guided first month (onboarding). */
  guide: () => void;
  toggleMotion: () => void;
  title: () => void;
}

export class PauseMenu extends Phaser.GameObjects.Container {
  readonly buttons: Button[];
  private readonly motion: Button;

  constructor(scene: Phaser.Scene, actions: PauseMenuActions) {
    super(scene, 0, 0);
    const w = 640;
    const h = 604;
    const x = (WIDTH - w) / 2;
    const y = (HEIGHT - h) / 2;
    const shade = scene.add.rectangle(0, 0, WIDTH, HEIGHT, 0x000000, 0.7).setOrigin(0).setInteractive();
    const panel = scene.add.graphics();
    panel.fillStyle(COLOR.panel, 1).fillRoundedRect(x, y, w, h, 12);
    panel.lineStyle(3, COLOR.focus, 1).strokeRoundedRect(x, y, w, h, 12);
    const title = scene.add.text(x + 40, y + 30, 'Paused', textStyle(SIZE.heading, COLOR.text, { bold: true }));
    const note = scene.add.text(
      x + 40,
      y + 80,
      'The game is saved every month: Continue on the title screen resumes it.',
      textStyle(SIZE.small, COLOR.muted, { wrap: w - 80 }),
    );
    this.add([shade, panel, title, note]);
    const bw = w - 80;
    const at = (i: number) => y + 150 + i * 84;
    this.motion = new Button(scene, x + 40, at(3), bw, 64, '', actions.toggleMotion);
    this.buttons = [
      new Button(scene, x + 40, at(0), bw, 64, 'Resume', actions.resume, { shortcut: 'Esc' }),
      new Button(scene, x + 40, at(1), bw, 64, 'Keyboard help', actions.help, { shortcut: '?' }),
      new Button(scene, x + 40, at(2), bw, 64, ONBOARDING.menu.guide, actions.guide, { shortcut: 'G' }),
      this.motion,
      new Button(scene, x + 40, at(4), bw, 64, 'Title screen', actions.title),
    ];
    for (const b of this.buttons) this.add(b.setModal(PAUSE_MODAL));
    this.setDepth(4000).setVisible(false);
    scene.add.existing(this);
  }

  setMotion(reduced: boolean): void {
    this.motion.setLabel(`Reduced motion: ${reduced ? 'on' : 'off'}`);
  }
}
