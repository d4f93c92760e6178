// The guided first month's overlay (loaded on first use): it shades the room except the region a
// step is about, rings that region, and says the step in a callout with Back, Next and Skip. Clicks
// inside the ringed region reach the room, so a player can try a dial while it is explained.

import Phaser from 'phaser';
import { Button } from '../../ui/Button';
import { PANEL_SIZE } from '../../ui/Panel';
import { COLOR, HEIGHT, type Rect, SIZE, textStyle, WIDTH } from '../../ui/theme';
import { ROOM } from '../layout';
import { type GuideStep, ONBOARDING } from '../../strings/onboarding';

export { PLANNING_STEPS, REPORT_STEP } from '../../strings/guideSteps';

export interface GuideOverlayActions {
  next: () => void;
  back: () => void;
  skip: () => void;
}

const TARGETS: Record<GuideStep['target'], Rect> = {
  capitals: ROOM.capitals,
  posture: ROOM.posture,
  initiatives: ROOM.initiatives,
  forecast: ROOM.forecast,
  endTurn: ROOM.endTurn,
  report: ROOM.modal,
};

/** Where each step's callout sits: beside its region, never over it. */
const CALLOUTS: Record<GuideStep['target'], { x: number; y: number; w: number }> = {
  capitals: { x: 40, y: 100, w: 700 },
  posture: { x: 40, y: 520, w: 700 },
  initiatives: { x: 570, y: 100, w: 700 },
  forecast: { x: 570, y: 440, w: 700 },
  endTurn: { x: 570, y: 540, w: 700 },
  report: { x: 1574, y: 100, w: 332 },
};

const PAD = 24;
const G = ONBOARDING.guide;

export class GuideOverlay extends Phaser.GameObjects.Container {
  private readonly shade: Phaser.GameObjects.Rectangle[];
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly callout: Phaser.GameObjects.Container;
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly heading: Phaser.GameObjects.Text;
  private readonly bodyText: Phaser.GameObjects.Text;
  readonly nextButton: Button;
  private readonly backButton: Button;
  private readonly skipButton: Button;

  constructor(scene: Phaser.Scene, modal: string, actions: GuideOverlayActions) {
    super(scene, 0, 0);
    this.shade = [0, 1, 2, 3].map(() => scene.add.rectangle(0, 0, 1, 1, 0x000000, 0.6).setOrigin(0).setInteractive());
    this.ring = scene.add.graphics();
    this.callout = scene.add.container(0, 0);
    this.panel = scene.add.graphics();
    this.label = scene.add.text(PAD, 18, '', textStyle(SIZE.small, COLOR.muted));
    this.heading = scene.add.text(PAD, 50, '', textStyle(SIZE.large, COLOR.text, { bold: true }));
    this.bodyText = scene.add.text(PAD, 92, '', textStyle(SIZE.body, COLOR.text));
    this.nextButton = new Button(scene, 0, 0, 270, 56, G.next, actions.next, { shortcut: 'Enter' });
    this.backButton = new Button(scene, 0, 0, 120, 56, G.back, actions.back);
    this.skipButton = new Button(scene, 0, 0, 240, 56, G.skip, actions.skip, { shortcut: 'Esc' });
    // focus order: Next first, then Back and Skip
    for (const b of [this.nextButton, this.backButton, this.skipButton]) b.setModal(modal);
    this.callout.add([
      this.panel,
      this.label,
      this.heading,
      this.bodyText,
      this.nextButton,
      this.backButton,
      this.skipButton,
    ]);
    this.add([...this.shade, this.ring, this.callout]);
    this.setDepth(3500).setVisible(false);
    scene.add.existing(this);
  }

  /** Show step `n` (1-based) of `count`; `back` whether Back is offered, `last` whether Next finishes. */
  showStep(step: GuideStep, n: number, count: number, back: boolean, last: boolean): void {
    const t = TARGETS[step.target];
    this.placeShade(t);
    this.ring.clear();
    this.ring.lineStyle(6, COLOR.focus, 1).strokeRoundedRect(t.x - 4, t.y - 4, t.w + 8, t.h + 8, 12);
    const c = CALLOUTS[step.target];
    const wrap = c.w - 2 * PAD;
    this.label.setText(G.title(n, count));
    this.heading.setText(step.heading).setWordWrapWidth(wrap, true);
    this.bodyText.setText(step.text).setWordWrapWidth(wrap, true);
    this.bodyText.setY(this.heading.y + this.heading.height + 12);
    const narrow = c.w < 500;
    const by = this.bodyText.y + this.bodyText.height + 28;
    this.nextButton.setLabel(last ? G.done : G.next);
    this.backButton.setVisible(back);
    this.skipButton.setVisible(!last);
    let h: number;
    if (narrow) {
      // one button under another
      this.nextButton.setPosition(PAD, by);
      this.skipButton.setPosition(PAD, by + 72);
      h = by + (last ? 56 : 128) + PAD;
    } else {
      this.nextButton.setPosition(PAD, by);
      this.backButton.setPosition(PAD + 270 + 16, by);
      this.skipButton.setPosition(c.w - PAD - 240, by);
      h = by + 56 + PAD;
    }
    this.callout.setPosition(c.x, Math.min(c.y, HEIGHT - 20 - h));
    this.callout.setData(PANEL_SIZE, { w: c.w, h }); // what the layout check holds its texts to
    this.panel.clear();
    this.panel.fillStyle(COLOR.panel, 1).fillRoundedRect(0, 0, c.w, h, 12);
    this.panel.lineStyle(3, COLOR.focus, 1).strokeRoundedRect(0, 0, c.w, h, 12);
    this.setVisible(true);
  }

  /** Shade all but `t`: four rectangles around it (clicks inside `t` reach the room). */
  private placeShade(t: Rect): void {
    const [top, bottom, left, right] = this.shade;
    top.setPosition(0, 0).setSize(WIDTH, t.y);
    bottom.setPosition(0, t.y + t.h).setSize(WIDTH, HEIGHT - t.y - t.h);
    left.setPosition(0, t.y).setSize(t.x, t.h);
    right.setPosition(t.x + t.w, t.y).setSize(WIDTH - t.x - t.w, t.h);
    for (const r of this.shade) r.input?.hitArea.setSize(r.width, r.height);
  }
}
