// The guided first month in the situation room: which step shows, when, and what keys do while it
// is open. It opens by itself for a new player (guideGate.ts) or when asked (G, the pause menu); it
// walks through the planning steps, steps aside while the month resolves, and says the report's
// step over the first report. Finishing or skipping it is remembered (prefs). Its overlay and words
// are loaded on first use. A modal while shown: Tab cycles its buttons, Esc skips, Enter goes on.

import type Phaser from 'phaser';
import { ONBOARDING } from '../strings/onboarding';
import type { GuideStep } from '../strings/onboarding';
import type { FocusManager } from '../ui/focus';
import { wakeLoop } from '../ui/idleLoop';
import type { GuideOverlay } from '../views/guide/GuideOverlay';

export const GUIDE_MODAL = 'guide';

export interface RoomGuideHost {
  scene: Phaser.Scene;
  focus: FocusManager;
  /** The game's phase now (selectPhase). */
  phase: () => string;
  /** Another modal the room has open under the guide (the event card or the report), or null. */
  roomModal: () => string | null;
  /** Re-render the room (its live text and focus) after the guide changes. */
  refresh: () => void;
  /** Remember that the guide was finished or skipped. */
  markDone: () => void;
  /** Where focus goes once the guide has closed (the room's End turn, when nothing else is open). */
  afterClose: () => void;
}

type Stage = 'off' | 'loading' | 'planning' | 'waiting' | 'report';

interface Steps {
  planning: readonly GuideStep[];
  report: GuideStep;
}

export class RoomGuide {
  private stage: Stage = 'off';
  private index = 0;
  private overlay: GuideOverlay | null = null;
  private steps: Steps | null = null;

  constructor(private readonly host: RoomGuideHost) {}

  /** The guide's modal while its overlay is up (or loading), else null. */
  get modal(): string | null {
    return this.stage === 'planning' || this.stage === 'report' || this.stage === 'loading' ? GUIDE_MODAL : null;
  }

  /** Open the guide: the planning steps while planning, the report's step over a report. */
  open(): void {
    const phase = this.host.phase();
    if (phase !== 'planning' && phase !== 'report') return;
    this.index = 0;
    this.stage = 'loading';
    this.host.focus.setModal(GUIDE_MODAL);
    this.host.refresh();
    void this.load().then(
      () => {
        if (this.stage !== 'loading') return;
        this.stage = this.host.phase() === 'report' ? 'report' : 'planning';
        this.show();
      },
      () => this.close(false), // the overlay could not load (offline before it was cached): the room goes on
    );
  }

  private async load(): Promise<void> {
    if (this.overlay) return;
    const m = await import('../views/onboardingLazy');
    this.steps = { planning: m.PLANNING_STEPS, report: m.REPORT_STEP };
    this.overlay = new m.GuideOverlay(this.host.scene, GUIDE_MODAL, {
      next: () => this.next(),
      back: () => this.back(),
      skip: () => this.close(true),
    });
  }

  private count(): number {
    return (this.steps?.planning.length ?? 0) + 1;
  }

  private current(): GuideStep | null {
    if (!this.steps) return null;
    if (this.stage === 'planning') return this.steps.planning[this.index] ?? null;
    if (this.stage === 'report') return this.steps.report;
    return null;
  }

  private show(): void {
    const step = this.current();
    const overlay = this.overlay;
    if (!step || !overlay) return;
    const n = this.stage === 'report' ? this.count() : this.index + 1;
    overlay.showStep(step, n, this.count(), this.stage === 'planning' && this.index > 0, this.stage === 'report');
    this.host.focus.setModal(GUIDE_MODAL);
    this.host.focus.focus(overlay.nextButton.focusable);
    this.host.refresh();
    wakeLoop(this.host.scene.game); // the overlay may come from a late import, after the last input
  }

  private next(): void {
    if (this.stage === 'report') {
      this.close(true);
      return;
    }
    if (this.stage !== 'planning' || !this.steps) return;
    if (this.index + 1 < this.steps.planning.length) {
      this.index++;
      this.show();
      return;
    }
    // the planning steps are done: step aside until the month's report
    this.stage = 'waiting';
    this.hideOverlay();
  }

  private back(): void {
    if (this.stage !== 'planning' || this.index === 0) return;
    this.index--;
    this.show();
  }

  /** Close the guide; `remember`: finished or skipped, so it no longer opens by itself. */
  close(remember: boolean): void {
    this.stage = 'off';
    if (remember) this.host.markDone();
    this.hideOverlay();
    this.host.afterClose();
  }

  private hideOverlay(): void {
    this.overlay?.setVisible(false);
    this.host.focus.setModal(this.host.roomModal());
    this.host.refresh();
  }

  /** Follow the game: step aside while the month resolves, and come back over its report. */
  follow(phase: string): void {
    if (this.stage === 'planning' && phase !== 'planning') {
      this.stage = 'waiting'; // the turn was ended from inside the guide: pick it up at the report
      this.hideOverlay();
    } else if (this.stage === 'waiting' && phase === 'report') {
      this.stage = 'report';
      this.show();
    } else if (this.stage === 'report' && phase !== 'report') {
      this.close(true);
    }
  }

  /** What the live region says while the guide is up, or null. */
  liveText(): string | null {
    if (this.stage === 'loading') return ONBOARDING.guide.loading;
    const step = this.current();
    if (!step) return null;
    const n = this.stage === 'report' ? this.count() : this.index + 1;
    return ONBOARDING.guide.liveStep(n, this.count(), step.heading, step.text);
  }

  /** Keys while the guide is up (Esc skips, Backspace goes back; the rest stays in the guide), and G. */
  handleKey(e: KeyboardEvent): boolean {
    if (this.modal === null) {
      if (e.key.toLowerCase() !== 'g' || e.ctrlKey || e.metaKey || e.altKey) return false;
      const room = this.host.roomModal();
      if (room !== null && this.host.phase() !== 'report') return false; // not over an event card
      this.open();
      return true;
    }
    if (e.key === 'Escape') {
      this.close(true);
      return true;
    }
    if (e.key === 'Backspace') {
      this.back();
      return true;
    }
    // Tab, arrows, Enter and Space go to the focus manager (the guide's buttons); nothing else
    // reaches the room while the guide is up
    return !['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key);
  }
}
