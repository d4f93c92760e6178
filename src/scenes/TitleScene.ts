import Phaser from 'phaser';
import type { App } from '../app/session';
import { Button } from '../ui/Button';
import { did } from '../ui/keys';
import { COLOR, css, SIZE, textStyle, WIDTH } from '../ui/theme';
import { CreditsOverlay } from '../views/CreditsOverlay';
import { addSeminarEntries } from './seminarTitleEntries';
import { BaseScene } from './BaseScene';
import { openHandedDebrief, replayLoader } from './DebriefLoad';
import { PreloadScene } from './PreloadScene';
import { sceneForSnapshot } from './route';
import { SceneKey } from './sceneKeys';

/** New game, continue, load replay (later), settings, sources & credits. */
export class TitleScene extends BaseScene {
  /** Built on first use (S): its texts need not delay the title's first frame. */
  private credits: CreditsOverlay | null = null;

  constructor(app: App) {
    super(SceneKey.Title, app, 'Title screen');
  }

  create(): void {
    const shortcuts: Record<string, () => void> = {};
    this.credits = null;
    this.setupScreen((e) => {
      if (this.credits?.visible) return e.key === 'Escape' ? did(() => this.toggleCredits()) : false;
      const fn = shortcuts[e.key.toLowerCase()];
      if (fn) fn();
      return !!fn;
    });
    const save = this.app.checkSave();
    this.add.text(WIDTH / 2, 150, 'Mending Fences', textStyle(SIZE.title, COLOR.text, { bold: true })).setOrigin(0.5);
    const sub = 'You are the US mediator between Seoul and Tokyo, 2022–2024.';
    this.add.text(WIDTH / 2, 235, sub, textStyle(SIZE.large, COLOR.muted)).setOrigin(0.5);

    const x = WIDTH / 2 - 260;
    let y = 320;
    const add = (label: string, key: string, fn: () => void) => {
      const b = this.add.existing(new Button(this, x, y, 520, 64, label, fn, { shortcut: key.toUpperCase() }));
      shortcuts[key] = () => {
        this.focus.focus(b.focusable);
        if (b.isEnabled) fn();
      };
      y += 84;
      return b;
    };
    add('New game', 'n', () => this.scene.start(SceneKey.Setup));
    add('Continue', 'c', () => this.continueGame()).setEnabled(
      save.canContinue,
      save.message ? 'the saved game could not be read' : 'there is no saved game yet',
    );
    addSeminarEntries(this, this.app, add, (text) => this.say(text));
    add('Load replay', 'l', () => openReplay());
    const motion = add('', 'm', () => {
      this.app.setReducedMotion(!this.app.prefs.reducedMotion);
      this.showMotion(motion);
    });
    this.showMotion(motion);
    add('Sources & credits', 's', () => this.toggleCredits());

    const notice = save.message ?? 'Keyboard: Tab moves, Enter chooses, ? shows every shortcut.';
    const color = save.message ? COLOR.tokyo : COLOR.muted;
    const noticeText = this.add.text(
      WIDTH / 2,
      y + 30,
      notice,
      textStyle(SIZE.body, color, { wrap: 1100, align: 'center' }),
    );
    noticeText.setOrigin(0.5, 0);
    const report = (message: string) => {
      noticeText.setText(`⚠ ${message}`).setColor(css(COLOR.tokyo));
      this.say(`${message} Choose New game (N), Continue (C) or Load replay (L).`);
    };
    const openReplay = replayLoader(this, this.app, report);
    if (save.message) this.add.text(WIDTH / 2 - 560, y + 30, '⚠', textStyle(SIZE.heading, color)).setOrigin(0.5, 0);

    this.addHelp();
    this.say(`${save.message ? `${save.message} ` : ''}Choose New game (N) or Continue (C).`);
    // opened from a networked table's ending: its debrief, messages included
    openHandedDebrief(this, this.app, report);
    this.focus.move(1);
    PreloadScene.startAfterFrame(this);
    // While the player reads the title, validate the scenarios the setup screen will list.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
      idle(() => this.app.warmUp(), { timeout: 1000 });
    });
  }

  private showMotion(b: Button): void {
    b.setLabel(`Reduced motion: ${this.app.prefs.reducedMotion ? 'on' : 'off'}`);
  }

  private toggleCredits(): void {
    this.credits ??= new CreditsOverlay(this, () => this.toggleCredits());
    const open = !this.credits.visible;
    this.credits.setVisible(open);
    this.focus.setModal(open ? 'credits' : null);
    this.say(open ? `Sources and credits. ${this.credits.summary}` : 'Choose New game (N) or Continue (C).');
  }

  private continueGame(): void {
    const r = this.app.resume();
    if (!r.ok) {
      this.scene.restart();
      return;
    }
    this.scene.start(sceneForSnapshot(r.value.actor.getSnapshot()));
  }
}
