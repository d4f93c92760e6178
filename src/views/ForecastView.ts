// The plan's forecast, beside the map: each capital's backlash range and momentum after the month
// if the turn ends now, and the most serious risk in words. Renders `forecastModel`'s strings.

import Phaser from 'phaser';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import type { ForecastModel } from './readouts';

export class ForecastView extends Phaser.GameObjects.Container {
  private readonly title: Phaser.GameObjects.Text;
  private readonly ranges: Phaser.GameObjects.Text;
  private readonly risk: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, r: Rect) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r);
    const wrap = r.w - 32;
    this.title = scene.add.text(16, top - 2, '', textStyle(SIZE.body, COLOR.muted, { bold: true }));
    this.ranges = scene.add.text(16, top + 28, '', textStyle(SIZE.small, COLOR.text));
    this.risk = scene.add.text(16, top + 56, '', textStyle(SIZE.small, COLOR.text, { wrap }));
    this.risk.setName('forecast-risk'); // the browser tests measure its fit
    this.add([this.title, this.ranges, this.risk]);
    this.setName('forecast');
    scene.add.existing(this);
  }

  render(m: ForecastModel | null): void {
    this.setVisible(m !== null);
    if (!m) return;
    this.title.setText(m.title);
    this.ranges.setText(m.ranges);
    this.risk.setText(m.risk);
  }
}
