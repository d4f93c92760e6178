// The plan's forecast, beside the map: each capital's backlash range and momentum after the month
// if the turn ends now, and its risks in words, the most serious first, one at a time (its Next
// button, or F, shows the next). Renders `forecastModel`'s strings.

import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { drawPanel } from '../ui/Panel';
import { room as R } from '../strings';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import type { ForecastModel } from './readouts';

/** The Next button's width: the title's row keeps it clear of the title's longest text. */
const NEXT_W = 150;

export class ForecastView extends Phaser.GameObjects.Container {
  private readonly title: Phaser.GameObjects.Text;
  private readonly ranges: Phaser.GameObjects.Text;
  private readonly risk: Phaser.GameObjects.Text;
  private readonly nextButton: Button;
  private model: ForecastModel | null = null;
  private shown = 0;

  /** `onNext` hears the risk the Next button (or F) brings up, for the live region. */
  constructor(
    scene: Phaser.Scene,
    r: Rect,
    private readonly onNext: (risk: string) => void,
  ) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r);
    const wrap = r.w - 32;
    this.title = scene.add
      .text(16, top - 2, '', textStyle(SIZE.body, COLOR.muted, { bold: true }))
      .setName('forecast-title');
    this.ranges = scene.add.text(16, top + 30, '', textStyle(SIZE.small, COLOR.text));
    this.risk = scene.add.text(16, top + 58, '', textStyle(SIZE.small, COLOR.text, { wrap }));
    this.risk.setName('forecast-risk'); // the browser tests measure its fit
    // in the title's row, shown while the plan has more than one risk
    this.nextButton = new Button(scene, r.w - 16 - NEXT_W, 4, NEXT_W, 28, R.nextRisk, () => this.nextRisk(), {
      size: SIZE.small,
      shortcut: 'F',
    });
    this.add([this.title, this.ranges, this.risk, this.nextButton]);
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
    this.onNext(this.model.risks[this.shown]);
    return this.shown;
  }

  private showRisk(): void {
    if (!this.model) return;
    this.title.setText(this.model.titles[this.shown]);
    this.risk.setText(this.model.risks[this.shown]);
    this.nextButton.setVisible(this.model.risks.length > 1);
  }
}
