// The seminar HUD: a scene that runs on top of the game's screens while a seminar runs. It shows
// the turn timer and whether a facilitator console is connected, greys the game out and blocks
// all input while paused (pointer: the other scenes' input is switched off and an overlay catches
// clicks; keyboard: a capturing window listener) and shows the true values while revealed. It
// redraws when the seminar changes and once a second for the timer; it routes no screen (the
// ScreenRouter does) and stops itself when the app's game is no longer the seminar's.

import Phaser from 'phaser';
import { wakeLoop } from '../ui/idleLoop';
import { activeSeminar, type SeminarMode } from '../app/seminar';
import { bannerOf } from '../app/seminarLive';
import type { App } from '../app/session';
import { GAME_SCENES } from './ScreenRouter';
import { SceneKey } from './sceneKeys';
import { COLOR, css, HEIGHT, SIZE, textStyle, WIDTH } from '../ui/theme';
import { liveBanners, revealLines, timerModel } from '../views/seminar/hudModel';
import { seminar as M } from '../strings';

/** How often the timer and the console indicator are redrawn. */
const TICK_MS = 1000;

/** The key that opens the facilitator console again from the game window. */
const REOPEN_CONSOLE_KEY = 'F8';

export class SeminarHudScene extends Phaser.Scene {
  private timer!: Phaser.GameObjects.Text;
  private connected!: Phaser.GameObjects.Text;
  private pause!: Phaser.GameObjects.Container;
  private pauseTitle!: Phaser.GameObjects.Text;
  private pauseSub!: Phaser.GameObjects.Text;
  private reveal!: Phaser.GameObjects.Container;
  private revealText!: Phaser.GameObjects.Text;
  private paused = false;

  constructor(private readonly app: App) {
    super({ key: SceneKey.SeminarHud });
  }

  create(): void {
    const seminar = activeSeminar(this.app);
    this.paused = false;
    this.timer = this.add.text(930, 14, '', textStyle(SIZE.heading, COLOR.text, { bold: true })).setOrigin(1, 0);
    this.connected = this.add.text(945, 24, '', textStyle(SIZE.small, COLOR.muted));

    const r = { x: 20, y: 80, w: 740, h: 190 };
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.88).fillRoundedRect(0, 0, r.w, r.h, 10);
    g.lineStyle(3, COLOR.focus, 1).strokeRoundedRect(0, 0, r.w, r.h, 10);
    const head = this.add.text(16, 12, M.revealedPanel, textStyle(SIZE.body, COLOR.focus, { bold: true }));
    this.revealText = this.add.text(16, 52, '', textStyle(SIZE.body, COLOR.text, { wrap: r.w - 32 }));
    this.reveal = this.add.container(r.x, r.y, [g, head, this.revealText]).setVisible(false);

    const shade = this.add.rectangle(0, 0, WIDTH, HEIGHT, 0x000000, 0.72).setOrigin(0);
    shade.setInteractive(); // catches every click while paused
    const box = this.add.graphics();
    box.fillStyle(COLOR.panel, 1).fillRoundedRect(WIDTH / 2 - 520, HEIGHT / 2 - 130, 1040, 260, 14);
    box.lineStyle(4, COLOR.focus, 1).strokeRoundedRect(WIDTH / 2 - 520, HEIGHT / 2 - 130, 1040, 260, 14);
    this.pauseTitle = this.add
      .text(WIDTH / 2, HEIGHT / 2 - 50, '', textStyle(SIZE.title - 8, COLOR.text, { bold: true }))
      .setOrigin(0.5);
    this.pauseSub = this.add
      .text(WIDTH / 2, HEIGHT / 2 + 50, '', textStyle(SIZE.large, COLOR.muted, { wrap: 980, align: 'center' }))
      .setOrigin(0.5);
    this.pause = this.add.container(0, 0, [shade, box, this.pauseTitle, this.pauseSub]).setVisible(false);

    // Read the session itself, not the last frame: a key pressed right after "pause" is blocked.
    // F8 (paused or not) opens the console again, for a facilitator who closed or lost it.
    const blockKeys = (e: KeyboardEvent) => {
      const seminar = activeSeminar(this.app);
      if (e.key === REOPEN_CONSOLE_KEY && seminar && !seminar.elsewhere) {
        e.stopImmediatePropagation();
        e.preventDefault();
        const opened = window.open(seminar.consoleLink(), seminar.consoleWindowName);
        this.app.live.say(M.consoleReopened(opened !== null));
        return;
      }
      if (!seminar || !(seminar.session.isPaused() || seminar.elsewhere)) return;
      e.stopImmediatePropagation();
      e.preventDefault();
    };
    window.addEventListener('keydown', blockKeys, true);
    // Redraw on every seminar change and every second (the timer); stop when the seminar is gone.
    // Each change wakes the idle loop, so the frame that draws it comes at once.
    const unsubscribe =
      seminar?.session.subscribe(() => {
        this.refresh();
        wakeLoop(this.game);
      }) ?? (() => false);
    const unwatch = this.app.onActorChange(() => this.refresh());
    const tick = this.time.addEvent({ delay: TICK_MS, loop: true, callback: () => this.refresh() });
    // A game screen that comes up (a resumed seminar's first screen among them) gets its banners at once.
    const onScreen = () => this.refresh();
    const screens = GAME_SCENES.map((key) => this.scene.get(key)?.events).filter((e) => e !== undefined);
    for (const e of screens) e.on(Phaser.Scenes.Events.CREATE, onScreen);
    this.scene.bringToTop();
    this.refresh();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      unwatch();
      tick.remove();
      for (const e of screens) e.off(Phaser.Scenes.Events.CREATE, onScreen);
      window.removeEventListener('keydown', blockKeys, true);
      this.setOthersInput(true);
      bannerOf(this.app.live)?.setBanner('', '');
    });
  }

  private refresh(): void {
    if (!this.sync()) this.scene.stop();
  }

  /** Pause, timer, indicator, reveal and the live region's banners, from the session as it is now. */
  private sync(): SeminarMode | null {
    const seminar = activeSeminar(this.app);
    if (!seminar) {
      this.paused = false;
      return null;
    }
    const s = seminar.session;
    // a window that does not run this seminar is blocked like a paused one, and says why
    const away = seminar.elsewhere;
    this.paused = s.isPaused() || away;
    this.pauseTitle.setText(away ? M.elsewhereTitle : M.pausedTitle);
    this.pauseSub.setText(away ? M.elsewhereText : M.pausedText);
    this.pause.setVisible(this.paused);
    this.setOthersInput(!this.paused);

    const inGame = this.activeGameScene();
    const onRoom = inGame === SceneKey.SituationRoom || inGame === SceneKey.Briefing || inGame === SceneKey.Ending;
    const t = timerModel(s.timeLeftMs());
    this.timer.setVisible(!!t && !!inGame);
    if (t) {
      this.timer.setText(M.timer(t.label));
      this.timer.setColor(css(t.warn ? COLOR.tokyo : COLOR.text));
    }
    const on = seminar.connected();
    this.connected.setVisible(!!inGame);
    this.connected.setText(M.facilitatorConnected(on, REOPEN_CONSOLE_KEY));
    this.connected.setColor(css(on ? COLOR.good : COLOR.muted));

    const ctx = s.actor.getSnapshot().context;
    const revealed = s.isRevealed();
    this.reveal.setVisible(revealed && onRoom);
    if (revealed) this.revealText.setText(revealLines(ctx).join('\n'));
    const banners = liveBanners({
      paused: s.isPaused(),
      elsewhere: away,
      revealed,
      timeUp: !!t?.up,
      ctx: inGame ? ctx : null,
      onRoom,
    });
    bannerOf(this.app.live)?.setBanner(banners.before, banners.after);
    return seminar;
  }

  /** The running game screen, or null when another screen (title, setup, debrief) is up. */
  private activeGameScene(): string | null {
    return GAME_SCENES.find((k) => this.scene.isActive(k)) ?? null;
  }

  private setOthersInput(enabled: boolean): void {
    for (const scene of this.scene.manager.getScenes(true)) {
      if (scene !== this && scene.input) scene.input.enabled = enabled;
    }
  }
}
