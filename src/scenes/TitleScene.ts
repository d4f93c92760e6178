import Phaser from 'phaser';
import { debriefHanded } from '../app/pendingDebrief';
import type { App } from '../app/session';
import { Button } from '../ui/Button';
import { did } from '../ui/keys';
import { COLOR, css, SIZE, textStyle, WIDTH } from '../ui/theme';
import { CreditsOverlay } from '../views/CreditsOverlay';
import { soundControls } from '../views/SoundControls';
import { addSeminarEntries } from './seminarTitleEntries';
import { BaseScene } from './BaseScene';
import { openHandedDebrief, replayLoader } from './DebriefLoad';
import { PreloadScene } from './PreloadScene';
import { sceneForSnapshot } from './route';
import { SceneKey } from './sceneKeys';
import { common, title as t } from '../strings';

/** New game, continue, load replay (later), settings, sources & credits. */
export class TitleScene extends BaseScene {
  /** Built on first use (S): its texts need not delay the title's first frame. */
  private credits: CreditsOverlay | null = null;

  constructor(app: App) {
    super(SceneKey.Title, app, t.screen);
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
    this.add.text(WIDTH / 2, 150, t.gameName, textStyle(SIZE.title, COLOR.text, { bold: true })).setOrigin(0.5);
    this.add.text(WIDTH / 2, 235, t.subtitle, textStyle(SIZE.large, COLOR.muted)).setOrigin(0.5);

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
    // the ways into a game wait for the content, which is fetched after the first frame
    const game = (fn: () => void) => () => this.app.afterContent(fn);
    add(
      t.newGame,
      'n',
      game(() => this.scene.start(SceneKey.Setup)),
    );
    add(
      t.continueGame,
      'c',
      game(() => this.continueGame()),
    ).setEnabled(save.canContinue, save.message ? t.saveUnreadable : t.noSave);
    addSeminarEntries(
      this,
      this.app,
      (label, key, fn) => add(label, key, game(fn)),
      (text) => this.say(text),
    );
    add(
      t.loadReplay,
      'l',
      game(() => openReplay()),
    );
    const motion = add('', 'm', () => {
      this.app.setReducedMotion(!this.app.prefs.reducedMotion);
      this.showMotion(motion);
    });
    this.showMotion(motion);
    const sound = soundControls(this, this.app, x, y, 520, 64, { keys: ['O', 'V'], say: (t) => this.say(t) });
    sound.forEach((b, i) => {
      this.add.existing(b);
      shortcuts[i ? 'v' : 'o'] = () => {
        this.focus.focus(b.focusable);
        b.focusable.activate();
      };
    });
    y += 84;
    add(t.credits, 's', () => this.toggleCredits());

    const notice = save.message ?? t.keyboardHint;
    const color = save.message ? COLOR.tokyo : COLOR.muted;
    const noticeText = this.add.text(
      WIDTH / 2,
      y + 30,
      notice,
      textStyle(SIZE.body, color, { wrap: 1100, align: 'center' }),
    );
    noticeText.setOrigin(0.5, 0);
    const report = (message: string) => {
      noticeText.setText(t.warning(message)).setColor(css(COLOR.tokyo));
      this.say(t.replayProblemSaid(message));
    };
    const openReplay = replayLoader(this, this.app, report);
    if (save.message) this.add.text(WIDTH / 2 - 560, y + 30, '⚠', textStyle(SIZE.heading, color)).setOrigin(0.5, 0);

    this.addHelp();
    this.say(t.said(save.message));
    // opened from a networked table's ending: its debrief, messages included (once the content is in);
    // any other first load leaves the content to the idle warm-up after the first frame
    if (debriefHanded(window.location.search)) this.app.afterContent(() => openHandedDebrief(this, this.app, report));
    this.focus.move(1);
    PreloadScene.startAfterFrame(this);
    // While the player reads the title, validate the scenarios the setup screen will list.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
      idle(() => this.app.warmUp(), { timeout: 1000 });
    });
  }

  private showMotion(b: Button): void {
    b.setLabel(common.reducedMotion(this.app.prefs.reducedMotion));
  }

  private toggleCredits(): void {
    this.credits ??= new CreditsOverlay(this, () => this.toggleCredits());
    const open = !this.credits.visible;
    this.credits.setVisible(open);
    this.focus.setModal(open ? 'credits' : null);
    this.say(open ? t.creditsSaid(this.credits.summary) : t.choose);
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
