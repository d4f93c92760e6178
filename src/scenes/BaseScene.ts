// What every screen shares: the app's services, keyboard focus with its ring, the help overlay
// (? or F1) and the live region, which says the screen's text plus the focused control.

import Phaser from 'phaser';
import type { App } from '../app/session';
import { type FocusManager, focusOf } from '../ui/focus';
import { did, listenKeys } from '../ui/keys';
import { HelpOverlay } from '../views/HelpOverlay';
import { common } from '../strings';

export abstract class BaseScene extends Phaser.Scene {
  protected focus!: FocusManager;
  /** Built on first use: two dozen texts nobody needs until ? is pressed (see addHelp). */
  private help: HelpOverlay | null = null;
  private helpWanted = false;
  private screenText = '';
  private focusText = '';

  constructor(
    key: string,
    protected readonly app: App,
    private readonly screenName: string,
  ) {
    super(key);
  }

  /** Call at the start of create(). */
  protected setupScreen(onKey: (e: KeyboardEvent) => boolean | undefined): void {
    // No camera background: the game's clear colour (main.ts, COLOR.background) already fills the
    // canvas every frame, and a camera background paints it again (a full-screen pass under SwiftShader).
    this.focus = focusOf(this);
    this.help = null;
    this.helpWanted = false;
    this.screenText = '';
    this.focusText = '';
    this.focus.onChange((item) => {
      this.focusText = item ? item.describe() : '';
      this.publish();
    });
    listenKeys(this, (e) => {
      this.focus.keyboardUsed();
      if (e.key === '?' || e.key === 'F1') return did(() => this.toggleHelp());
      if (this.help?.visible) {
        if (e.key === 'Escape') return did(() => this.toggleHelp());
        return this.focus.handleKey(e);
      }
      return onKey(e) || this.focus.handleKey(e);
    });
  }

  /** Call at the end of create(): offers the help overlay (made on first use, drawn on top by its depth). */
  protected addHelp(): void {
    this.help = null;
    this.helpWanted = true;
  }

  protected get reducedMotion(): boolean {
    return this.app.prefs.reducedMotion;
  }

  protected toggleHelp(): void {
    if (!this.helpWanted) return;
    this.help ??= new HelpOverlay(this, () => this.toggleHelp());
    const open = !this.help.visible;
    this.help.setVisible(open);
    this.focus.setModal(open ? 'help' : this.modalName());
    this.say(open ? common.helpSaid(this.help.summary) : this.lastScreen);
  }

  /** The modal the scene itself has open (a card or report), if any. */
  protected modalName(): string | null {
    return null;
  }

  private lastScreen = '';

  /** Update what the live region says about this screen. */
  protected say(text: string): void {
    if (!this.help?.visible) this.lastScreen = text;
    this.screenText = `${this.screenName}. ${text}`;
    this.publish();
  }

  private publish(): void {
    const item = this.focus.focused();
    this.focusText = item ? item.describe() : '';
    this.app.live.say(this.focusText ? `${this.screenText}${common.focusedLine(this.focusText)}` : this.screenText);
  }

  update(): void {
    this.focus?.draw();
  }
}
