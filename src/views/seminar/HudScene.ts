// The seminar HUD: a scene that runs on top of the game's screens while a seminar runs. It shows
// the turn timer and whether a facilitator console is connected, greys the game out and blocks
// all input while paused (pointer: the other scenes' input is switched off and an overlay catches
// clicks; keyboard: a capturing window listener), shows the true values while revealed, and keeps
// the right screen up: the hand-over while a human delegation must answer, and after an undo the
// screen restarts on the restored actor.

import Phaser from 'phaser';
import { wakeLoop } from '../../ui/idleLoop';
import { activeSeminar, type SeminarMode } from '../../app/seminar';
import { bannerOf } from '../../app/seminarLive';
import type { App } from '../../app/session';
import { selectHandover } from '../../seminar/handover';
import { sceneForSnapshot } from '../../scenes/route';
import { SceneKey } from '../../scenes/sceneKeys';
import { COLOR, css, HEIGHT, SIZE, textStyle, WIDTH } from '../../ui/theme';
import { liveBanners, revealLines, timerModel } from './hudModel';

/** Screens of a running game; the HUD routes among these and leaves every other screen alone. */
const GAME_SCENES: string[] = [
  SceneKey.Briefing,
  SceneKey.SituationRoom,
  SceneKey.Handover,
  SceneKey.Ending,
  SceneKey.Debrief,
];
/** Frames a wrong screen may stay up before the HUD switches (the scenes' own moves come first). */
const SETTLE_FRAMES = 3;

export class SeminarHudScene extends Phaser.Scene {
  private timer!: Phaser.GameObjects.Text;
  private connected!: Phaser.GameObjects.Text;
  private pause!: Phaser.GameObjects.Container;
  private reveal!: Phaser.GameObjects.Container;
  private revealText!: Phaser.GameObjects.Text;
  private seenVersion = 0;
  private mismatch = 0;
  private paused = false;

  constructor(private readonly app: App) {
    super({ key: SceneKey.SeminarHud });
  }

  create(): void {
    const seminar = activeSeminar(this.app);
    this.seenVersion = seminar?.actorVersion ?? 0;
    this.mismatch = 0;
    this.paused = false;
    this.timer = this.add.text(930, 14, '', textStyle(SIZE.heading, COLOR.text, { bold: true })).setOrigin(1, 0);
    this.connected = this.add.text(945, 24, '', textStyle(SIZE.small, COLOR.muted));

    const r = { x: 20, y: 80, w: 740, h: 190 };
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.88).fillRoundedRect(0, 0, r.w, r.h, 10);
    g.lineStyle(3, COLOR.focus, 1).strokeRoundedRect(0, 0, r.w, r.h, 10);
    const head = this.add.text(
      16,
      12,
      'Revealed by the facilitator: true values',
      textStyle(SIZE.body, COLOR.focus, { bold: true }),
    );
    this.revealText = this.add.text(16, 52, '', textStyle(SIZE.body, COLOR.text, { wrap: r.w - 32 }));
    this.reveal = this.add.container(r.x, r.y, [g, head, this.revealText]).setVisible(false);

    const shade = this.add.rectangle(0, 0, WIDTH, HEIGHT, 0x000000, 0.72).setOrigin(0);
    shade.setInteractive(); // catches every click while paused
    const box = this.add.graphics();
    box.fillStyle(COLOR.panel, 1).fillRoundedRect(WIDTH / 2 - 520, HEIGHT / 2 - 130, 1040, 260, 14);
    box.lineStyle(4, COLOR.focus, 1).strokeRoundedRect(WIDTH / 2 - 520, HEIGHT / 2 - 130, 1040, 260, 14);
    const title = this.add
      .text(
        WIDTH / 2,
        HEIGHT / 2 - 50,
        'Paused by the facilitator',
        textStyle(SIZE.title - 8, COLOR.text, { bold: true }),
      )
      .setOrigin(0.5);
    const sub = this.add
      .text(
        WIDTH / 2,
        HEIGHT / 2 + 50,
        'The game carries on when the facilitator resumes.',
        textStyle(SIZE.large, COLOR.muted),
      )
      .setOrigin(0.5);
    this.pause = this.add.container(0, 0, [shade, box, title, sub]).setVisible(false);

    // Read the session itself, not the last frame: a key pressed right after "pause" is blocked.
    const blockKeys = (e: KeyboardEvent) => {
      if (!activeSeminar(this.app)?.session.isPaused()) return;
      e.stopImmediatePropagation();
      e.preventDefault();
    };
    window.addEventListener('keydown', blockKeys, true);
    // Also redraw on every seminar change, so a window the browser throttles updates at once.
    // Each change wakes the idle loop, so the frame that routes and draws it comes at once.
    const unsubscribe =
      seminar?.session.subscribe(() => {
        this.sync();
        wakeLoop(this.game);
      }) ?? (() => false);
    // The turn timer counts down with no input: a timer event wakes the idle loop twice a second.
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.sync() });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      window.removeEventListener('keydown', blockKeys, true);
      this.setOthersInput(true);
      bannerOf(this.app.live)?.setBanner('', '');
    });
  }

  update(): void {
    const seminar = this.sync();
    if (!seminar) {
      this.scene.stop();
      return;
    }
    if (this.scene.manager.getIndex(this.scene.key) !== this.scene.manager.scenes.length - 1) this.scene.bringToTop();
    this.route(seminar, this.activeGameScene());
  }

  /** Pause, timer, indicator, reveal and the live region's banners, from the session as it is now. */
  private sync(): SeminarMode | null {
    const seminar = activeSeminar(this.app);
    if (!seminar) {
      this.paused = false;
      return null;
    }
    const s = seminar.session;
    this.paused = s.isPaused();
    this.pause.setVisible(this.paused);
    this.setOthersInput(!this.paused);

    const inGame = this.activeGameScene();
    const onRoom = inGame === SceneKey.SituationRoom || inGame === SceneKey.Briefing || inGame === SceneKey.Ending;
    const t = timerModel(s.timeLeftMs());
    this.timer.setVisible(!!t && !!inGame);
    if (t) {
      this.timer.setText(`Timer ${t.label}`);
      this.timer.setColor(css(t.warn ? COLOR.tokyo : COLOR.text));
    }
    const on = seminar.connected();
    this.connected.setVisible(!!inGame);
    this.connected.setText(on ? '● Facilitator connected' : '○ No facilitator console');
    this.connected.setColor(css(on ? COLOR.good : COLOR.muted));

    const ctx = s.actor.getSnapshot().context;
    const revealed = s.isRevealed();
    this.reveal.setVisible(revealed && onRoom);
    if (revealed) this.revealText.setText(revealLines(ctx).join('\n'));
    const banners = liveBanners({ paused: this.paused, revealed, timeUp: !!t?.up, ctx: inGame ? ctx : null });
    bannerOf(this.app.live)?.setBanner(banners.before, banners.after);
    return seminar;
  }

  /** The running game screen, or null when another screen (title, setup, debrief) is up. */
  private activeGameScene(): string | null {
    return GAME_SCENES.find((k) => this.scene.isActive(k)) ?? null;
  }

  private route(seminar: SeminarMode, active: string | null): void {
    if (!active) return;
    const snap = seminar.session.actor.getSnapshot();
    const want: string = selectHandover(snap) ? SceneKey.Handover : sceneForSnapshot(snap);
    const swapped = seminar.actorVersion !== this.seenVersion;
    const ended = [SceneKey.Ending, SceneKey.Debrief] as string[];
    const fits = want === active || (ended.includes(want) && ended.includes(active));
    if (fits && !swapped) {
      this.mismatch = 0;
      return;
    }
    this.mismatch += 1;
    if (this.mismatch < SETTLE_FRAMES) return;
    this.mismatch = 0;
    this.seenVersion = seminar.actorVersion;
    this.scene.manager.getScene(active)?.scene.start(want);
  }

  private setOthersInput(enabled: boolean): void {
    for (const scene of this.scene.manager.getScenes(true)) {
      if (scene !== this && scene.input) scene.input.enabled = enabled;
    }
  }
}
