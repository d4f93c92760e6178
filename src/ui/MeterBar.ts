// A labelled 0–100 bar: value as text and as length, an optional uncertainty band (hatched, with
// "±" in the text), and the last change as an arrow and signed number. Values tween unless the
// player asked for reduced motion (src/ui/motion.ts).

import Phaser from 'phaser';
import { countTo } from './motion';
import { COLOR, SIZE, textStyle } from './theme';

export interface MeterValue {
  value: number;
  /** Half-width of the uncertainty band, if the value is an estimate. */
  band?: number;
  /** Words after the number, e.g. "(simmering)". */
  note?: string;
}

export class MeterBar extends Phaser.GameObjects.Container {
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly delta: Phaser.GameObjects.Text;
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
  ) {
    super(scene, x, y);
    this.label = scene.add.text(0, 0, '', textStyle(SIZE.small, COLOR.text));
    this.delta = scene.add.text(barW, 0, '', textStyle(SIZE.small, COLOR.text, { bold: true })).setOrigin(1, 0);
    this.bar = scene.add.graphics();
    this.add([this.bar, this.label, this.delta]);
  }

  /** Shows a value; `change` is the month's change to print beside it (0 or undefined hides it). */
  render(v: MeterValue, change?: number): void {
    const from = this.shown ?? v.value;
    this.target = v;
    this.delta.setText(change ? `${change > 0 ? '▲ +' : '▼ '}${change}` : '');
    this.delta.setColor(change && change > 0 ? '#8fd4ff' : '#ffb870');
    this.tween?.stop();
    const start = this.reducedMotion() ? v.value : from;
    this.tween = countTo(this.scene, start, v.value, (value) => this.draw(value));
  }

  private draw(value: number): void {
    this.shown = value;
    const { band, note } = this.target;
    const shown = Math.round(value);
    this.label.setText(`${this.title} ${shown}${band ? ` ± ${Math.round(band)}` : ''}${note ? ` ${note}` : ''}`);
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
