// The plan's forecast, beside the map: each capital's backlash range and momentum after the month
// if the turn ends now, and its risks in words, the most serious first, one at a time (a click on
// the panel or F shows the next). Renders `forecastModel`'s strings.

import Phaser from 'phaser';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import type { ForecastModel } from './readouts';

export class ForecastView extends Phaser.GameObjects.Container {
  private readonly title: Phaser.GameObjects.Text;
  private readonly ranges: Phaser.GameObjects.Text;
  private readonly risk: Phaser.GameObjects.Text;
  private model: ForecastModel | null = null;
  private shown = 0;

  constructor(scene: Phaser.Scene, r: Rect) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r);
    const wrap = r.w - 32;
    this.title = scene.add
      .text(16, top - 2, '', textStyle(SIZE.body, COLOR.muted, { bold: true }))
      .setName('forecast-title');
    this.ranges = scene.add.text(16, top + 28, '', textStyle(SIZE.small, COLOR.text));
    this.risk = scene.add.text(16, top + 56, '', textStyle(SIZE.small, COLOR.text, { wrap }));
    this.risk.setName('forecast-risk'); // the browser tests measure its fit
    // the whole panel takes a click for the next risk
    const zone = scene.add.zone(0, 0, r.w, r.h).setOrigin(0).setInteractive({ useHandCursor: true });
    zone.on('pointerdown', () => this.nextRisk());
    this.add([zone, this.title, this.ranges, this.risk]);
    this.setName('forecast');
    scene.add.existing(this);
  }

  render(m: ForecastModel | null): void {
    this.setVisible(m !== null);
    // a new plan shows its most serious risk first
    if (m?.risks.join('\n') !== this.model?.risks.join('\n')) this.shown = 0;
    this.model = m;
    if (!m) return;
    this.ranges.setText(m.ranges);
    this.showRisk();
  }

  /** Shows the next risk (after the last, the first again); the index it shows now. */
  nextRisk(): number {
    if (!this.model || this.model.risks.length < 2) return this.shown;
    this.shown = (this.shown + 1) % this.model.risks.length;
    this.showRisk();
    return this.shown;
  }

  private showRisk(): void {
    if (!this.model) return;
    this.title.setText(this.model.titles[this.shown]);
    this.risk.setText(this.model.risks[this.shown]);
  }
}
