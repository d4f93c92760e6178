import Phaser from 'phaser';
import { wakeLoop } from '../ui/idleLoop';
import { activeSeminar } from '../app/seminar';
import type { App } from '../app/session';
import { ALLY_NAMES, type Answer, type AllyId } from '../model';
import { type HandoverView, selectHandover } from '../seminar/handover';
import { did } from '../ui/keys';
import { ANSWER_CHOICES, type AskModel, awayLines, briefLive, passLines } from '../views/seminar/handoverModel';
import { HandoverScreen } from '../views/seminar/HandoverScreen';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';
import { seminar as M } from '../strings';

/**
 * Seminar hand-over: hides Washington's view, asks for the device to be passed to the delegation
 * that must answer, then shows its private brief; its answers go through the seminar session.
 * W opens the delegation's brief in its own window instead (app/briefRelay.ts): from then on this
 * screen only says that the delegation is answering, and never draws its brief.
 * The HUD brings this screen up while selectHandover() is non-null and leaves it when it is null.
 */
export class HandoverScene extends BaseScene {
  private screen!: HandoverScreen;
  private seat: AllyId | null = null;
  private stage: 'pass' | 'brief' = 'pass';
  private chosen: Answer | null = null;
  private ask: AskModel | null = null;
  private shownKey = '';

  constructor(app: App) {
    super(SceneKey.Handover, app, M.handoverScreen);
  }

  create(): void {
    const seminar = activeSeminar(this.app);
    if (!seminar) return void this.scene.start(SceneKey.Title);
    this.seat = null;
    this.shownKey = '';
    this.setupScreen((e) => this.onKey(e));
    this.screen = new HandoverScreen(this, {
      ready: () => this.ready(),
      openWindow: () => this.openWindow(),
      choose: (a) => this.choose(a),
      send: () => this.send(),
      leaveInput: (back) => this.focus.move(back ? -1 : 1),
    });
    this.focus.add(this.screen.input.focusable);
    this.addHelp();
    const unsubscribe = seminar.session.subscribe(() => {
      this.refresh();
      wakeLoop(this.game);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    this.refresh();
  }

  private handover(): HandoverView | null {
    const s = activeSeminar(this.app);
    return s ? selectHandover(s.session.actor.getSnapshot()) : null;
  }

  private onKey(e: KeyboardEvent): boolean {
    if (this.stage === 'pass') {
      if (e.key === 'Enter') return did(() => this.ready());
      return e.key.toLowerCase() === 'w' ? did(() => this.openWindow()) : false;
    }
    const n = Number(e.key);
    if (n >= 1 && n <= ANSWER_CHOICES.length) return did(() => this.choose(ANSWER_CHOICES[n - 1].answer));
    return false;
  }

  /** The seat's brief window is the only place its brief shows. */
  private away(): boolean {
    return this.seat !== null && (activeSeminar(this.app)?.briefAway(this.seat) ?? false);
  }

  private openWindow(): void {
    const seminar = activeSeminar(this.app);
    if (!seminar || this.stage !== 'pass' || this.seat === null) return;
    // noopener: the brief window gets no handle on this one (which holds every true value)
    window.open(seminar.briefLink(this.seat), `mf-brief-${this.seat}`, 'noopener');
    this.say(M.openingBrief(ALLY_NAMES[this.seat]));
  }

  private ready(): void {
    if (activeSeminar(this.app)?.session.isPaused() || this.away()) return;
    this.stage = 'brief';
    this.shownKey = '';
    this.refresh();
    this.focus.focus(this.screen.answerButtons[0].focusable);
  }

  private choose(a: Answer): void {
    if (this.stage !== 'brief' || activeSeminar(this.app)?.session.isPaused()) return;
    this.chosen = a;
    this.shownKey = '';
    this.refresh();
    this.focus.focus(this.screen.input.focusable);
    this.screen.input.el.focus();
  }

  private send(): void {
    const seminar = activeSeminar(this.app);
    const h = this.handover();
    if (!seminar || !h || !this.ask || !this.chosen) return;
    const r = seminar.session.sendPlayer({
      type: 'proposal.answer',
      seat: h.seat,
      proposal: this.ask.key,
      answer: this.chosen,
      rationale: this.screen.input.value,
    });
    if (!r.ok) {
      this.screen.setStatus(M.notSent(r.reason));
      return;
    }
    this.chosen = null;
    this.screen.input.clear();
    this.screen.setStatus('');
    this.shownKey = '';
    this.refresh();
    if (this.stage === 'brief') this.focus.focus(this.screen.answerButtons[0].focusable);
  }

  /** Redraw when the delegation, its asks or the chosen answer changed. */
  private refresh(): void {
    const h = this.handover();
    if (!h) return; // the ScreenRouter moves on to the next screen
    if (h.seat !== this.seat) {
      this.seat = h.seat;
      this.stage = 'pass';
      this.chosen = null;
      this.screen.input.clear();
      this.screen.setStatus('');
    }
    const paused = activeSeminar(this.app)?.session.isPaused() ?? false;
    this.screen.input.setEnabled(!paused);
    const away = this.away();
    if (away) this.stage = 'pass';
    const key = JSON.stringify([this.stage, away, this.chosen, h.brief.asks.map((a) => a.key), h.brief.backlash]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    if (away) {
      this.screen.showPass(h, true);
      this.say(awayLines(h).live);
      return;
    }
    if (this.stage === 'pass') {
      this.screen.showPass(h);
      this.say(passLines(h).live);
      this.focus.focus(this.screen.readyButton.focusable);
      return;
    }
    this.ask = this.screen.showBrief(h, this.chosen);
    this.say(briefLive(h, this.ask, this.chosen));
  }
}
