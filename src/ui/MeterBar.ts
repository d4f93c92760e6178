// A labelled 0–100 bar: value as text and as length, an optional uncertainty band (hatched, with
// "±" in the text), and the closed month's change: once per month the bar moves from where it
// stood, the signed number beside it counts up and a short cause line shows between the label and
// the number (the label takes its short title and drops its note meanwhile), then fades after a few
// seconds. With reduced motion (src/ui/motion.ts) the number and the line appear at once and the
// line goes without a fade.

import Phaser from 'phaser';
import { FEEL } from '../strings/feel';
import { countTo, fadeOut } from './motion';
import { COLOR, SIZE, textStyle } from './theme';

export interface MeterValue {
  value: number;
  /** Half-width of the uncertainty band, if the value is an estimate. */
  band?: number;
  /** Words after the number, e.g. "(simmering)". */
  note?: string;
}

/** The closed month's change as a bar shows it (numbers and words from the view's model). */
export interface MeterChange {
  /** The month it belongs to: a bar plays each month's change once. */
  turn: number;
  /** The change (the bar moves from value − delta), and the number shown beside the bar. */
  delta: number;
  shown: number;
  /** The cause line, longest first; the first that fits the row is shown. */
  causes: string[];
}

/** How long the cause line stays before it fades (ms). */
export const CAUSE_HOLD_MS = 4500;

export class MeterBar extends Phaser.GameObjects.Container {
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly delta: Phaser.GameObjects.Text;
  private readonly cause: Phaser.GameObjects.Text;
  /** The month whose change is shown ('' none), and whether its cause line is still up. */
  private changeKey = '';
  private causeUp = false;
  private hold: Phaser.Time.TimerEvent | null = null;
  private deltaCount: Phaser.Tweens.Tween | null = null;
  private shown: number | null = null;
  private target: MeterValue = { value: 0 };
  private tween: Phaser.Tweens.Tween | null = null;
  private readonly barY = 30;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly barW: number,
    private readonly title: string,
    private readonly color: number,
    private readonly reducedMotion: () => boolean,
    /** The label's title while a cause line shares its row. */
    private readonly shortTitle: string = title,
  ) {
    super(scene, x, y);
    this.label = scene.add.text(0, 0, '', textStyle(SIZE.small, COLOR.text));
    this.delta = scene.add.text(barW, 0, '', textStyle(SIZE.small, COLOR.text, { bold: true })).setOrigin(1, 0);
    this.cause = scene.add.text(barW, 0, '', textStyle(SIZE.small, COLOR.muted)).setOrigin(1, 0);
    // what the browser tests read: each bar's label, change and cause line
    this.label.setName('meter-label');
    this.delta.setName('meter-change');
    this.cause.setName('meter-cause');
    this.bar = scene.add.graphics();
    this.add([this.bar, this.label, this.cause, this.delta]);
  }

  /** Shows a value; `change` is the closed month's change (undefined: none to show). */
  render(v: MeterValue, change?: MeterChange): void {
    let from = this.shown ?? v.value;
    this.target = v;
    const key = change ? `${change.turn}:${change.shown}` : '';
    if (key !== this.changeKey) {
      this.changeKey = key;
      this.endChange();
      if (change) from = this.startChange(v, change);
    }
    this.tween?.stop();
    const start = this.reducedMotion() ? v.value : from;
    this.tween = countTo(this.scene, start, v.value, (value) => this.draw(value));
  }

  /** The number counts from 0, the cause line that fits goes up; returns where the bar starts. */
  private startChange(v: MeterValue, c: MeterChange): number {
    const signed = (n: number) => (n ? FEEL.meters.change(n) : '');
    this.delta.setText(signed(c.shown)).setColor(c.shown > 0 ? '#8fd4ff' : '#ffb870');
    const right = this.barW - this.delta.width - 10;
    this.causeUp = true;
    this.draw(v.value); // the label at its short title and final value: the room the line has
    // a digit's slack: the label may be a digit wider while it counts
    const room = right - this.label.width - 26;
    const line = c.causes.find((t) => this.cause.setText(t).width <= room) ?? '';
    this.cause.setText(line).setX(right).setAlpha(1);
    this.deltaCount = countTo(this.scene, 0, c.shown, (n) => this.delta.setText(signed(Math.round(n))), 900);
    this.hold = this.scene.time.delayedCall(CAUSE_HOLD_MS, () => {
      this.hold = null;
      fadeOut(this.scene, this.cause, () => this.dropCause());
    });
    return Math.max(0, Math.min(100, v.value - c.delta));
  }

  /** Clears a shown change (a new month, or none). */
  private endChange(): void {
    this.hold?.remove();
    this.hold = null;
    this.deltaCount?.stop();
    this.deltaCount = null;
    this.scene.tweens.killTweensOf(this.cause);
    this.delta.setText('');
    this.dropCause();
  }

  private dropCause(): void {
    this.cause.setText('').setAlpha(1);
    if (!this.causeUp) return;
    this.causeUp = false;
    if (this.shown !== null) this.draw(this.shown);
  }

  private draw(value: number): void {
    this.shown = value;
    const { band } = this.target;
    const note = this.causeUp ? undefined : this.target.note;
    const shown = Math.round(value);
    const title = this.causeUp ? this.shortTitle : this.title;
    this.label.setText(`${title} ${shown}${band ? ` ± ${Math.round(band)}` : ''}${note ? ` ${note}` : ''}`);
    const g = this.bar;
    const h = 14;
    const y = this.barY;
    g.clear();
    g.fillStyle(0x0b1117, 1).fillRect(0, y, this.barW, h);
    for (const q of [25, 50, 75]) g.fillStyle(COLOR.panelEdge, 1).fillRect((this.barW * q) / 100, y, 1, h);
    if (band) {
      const lo = Math.max(0, value - band);
      const hi = Math.min(100, value + band);
      g.lineStyle(1, this.color, 0.9);
      for (let x = (this.barW * lo) / 100; x < (this.barW * hi) / 100; x += 6) g.lineBetween(x, y + h, x + 4, y);
      g.strokeRect((this.barW * lo) / 100, y - 3, (this.barW * (hi - lo)) / 100, h + 6);
      g.fillStyle(COLOR.text, 1).fillRect((this.barW * value) / 100 - 2, y - 5, 4, h + 10);
    } else {
      g.fillStyle(this.color, 1).fillRect(0, y, (this.barW * value) / 100, h);
    }
    g.lineStyle(1, COLOR.muted, 1).strokeRect(0, y, this.barW, h);
  }
}
