// The situation room's pause menu (Esc, or the Menu button): resume, keyboard help, the guided
// first month, the reduced motion and sound settings (src/views/SoundControls.ts), and the way back
// to the title screen (the game is saved every month, so Continue on the title resumes it). A
// modal: only its buttons take focus and clicks.

import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { COLOR, HEIGHT, SIZE, textStyle, WIDTH } from '../ui/theme';
import { common, room as R } from '../strings';
import { ONBOARDING } from '../strings/onboarding';

export const PAUSE_MODAL = 'pause-menu';

export interface PauseMenuActions {
  resume: () => void;
  help: () => void;
  guide: () => void;
  toggleMotion: () => void;
  title: () => void;
  /** Builds the sound settings' row at (x, y), `w` wide. */
  sound: (x: number, y: number, w: number, h: number) => Button[];
}

export class PauseMenu extends Phaser.GameObjects.Container {
  readonly buttons: Button[];
  private readonly motion: Button;

  constructor(scene: Phaser.Scene, actions: PauseMenuActions) {
    super(scene, 0, 0);
    const w = 640;
    const h = 688;
    const x = (WIDTH - w) / 2;
    const y = (HEIGHT - h) / 2;
    const shade = scene.add.rectangle(0, 0, WIDTH, HEIGHT, 0x000000, 0.7).setOrigin(0).setInteractive();
    const panel = scene.add.graphics();
    panel.fillStyle(COLOR.panel, 1).fillRoundedRect(x, y, w, h, 12);
    panel.lineStyle(3, COLOR.focus, 1).strokeRoundedRect(x, y, w, h, 12);
    const title = scene.add.text(x + 40, y + 30, R.paused, textStyle(SIZE.heading, COLOR.text, { bold: true }));
    const note = scene.add.text(x + 40, y + 80, R.savedNote, textStyle(SIZE.small, COLOR.muted, { wrap: w - 80 }));
    this.add([shade, panel, title, note]);
    const bw = w - 80;
    const at = (i: number) => y + 150 + i * 84;
    this.motion = new Button(scene, x + 40, at(3), bw, 64, '', actions.toggleMotion);
    this.buttons = [
      new Button(scene, x + 40, at(0), bw, 64, R.resume, actions.resume, { shortcut: 'Esc' }),
      new Button(scene, x + 40, at(1), bw, 64, R.keyboardHelp, actions.help, { shortcut: '?' }),
      new Button(scene, x + 40, at(2), bw, 64, ONBOARDING.menu.guide, actions.guide, { shortcut: 'G' }),
      this.motion,
      ...actions.sound(x + 40, at(4), bw, 64),
      new Button(scene, x + 40, at(5), bw, 64, R.titleScreen, actions.title),
    ];
    for (const b of this.buttons) this.add(b.setModal(PAUSE_MODAL));
    this.setDepth(4000).setVisible(false);
    scene.add.existing(this);
  }

  setMotion(reduced: boolean): void {
    this.motion.setLabel(common.reducedMotion(reduced));
  }
}
