// Gauges for Seoul and Tokyo as Washington sees them: the backlash and willingness ESTIMATES with
// their uncertainty bands (never the true values), approval from polls, the political season and
// the election clock.

import Phaser from 'phaser';
import { ALLIES, ALLY_NAMES, type AllyId } from '../model';
import { MeterBar, type MeterChange } from '../ui/MeterBar';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface CapitalViewModel {
  backlash: { backlash: number; uncertainty: number };
  willingness: { willingness: number; uncertainty: number };
  approval: number;
  mood: string;
  season: string;
  electionIn: number | null;
}

export type CapitalsViewModel = Record<AllyId, CapitalViewModel> & {
  /** The closed month's changes with their causes, for a few seconds after the report (meterChanges). */
  changes?: Partial<Record<string, MeterChange>>;
};

export class CapitalGauges extends Phaser.GameObjects.Container {
  private readonly rows: Record<
    AllyId,
    { backlash: MeterBar; willingness: MeterBar; approval: MeterBar; status: Phaser.GameObjects.Text }
  >;

  constructor(scene: Phaser.Scene, r: Rect, reducedMotion: () => boolean) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r, R.capitalsPanel);
    const w = r.w - 32;
    const make = (ally: AllyId, y: number) => {
      const color = ally === 'seoul' ? COLOR.seoul : COLOR.tokyo;
      const mark = ally === 'seoul' ? '●' : '●';
      this.add(scene.add.text(16, y, `${mark} ${ALLY_NAMES[ally]}`, textStyle(SIZE.large, color, { bold: true })));
      const status = scene.add.text(w + 16, y + 4, '', textStyle(SIZE.small, COLOR.muted)).setOrigin(1, 0);
      const backlash = new MeterBar(scene, 16, y + 36, w, R.backlashEstimate, color, reducedMotion, R.backlashShort);
      const willingness = new MeterBar(
        scene,
        16,
        y + 84,
        w,
        R.willingnessEstimate,
        color,
        reducedMotion,
        R.willingnessShort,
      );
      const approval = new MeterBar(scene, 16, y + 132, w, R.approval, color, reducedMotion);
      this.add([status, backlash, willingness, approval]);
      return { backlash, willingness, approval, status };
    };
    this.rows = { seoul: make('seoul', top), tokyo: make('tokyo', top + 180) };
    scene.add.existing(this);
  }

  render(vm: CapitalsViewModel): void {
    for (const ally of ALLIES) {
      const a = vm[ally];
      const row = this.rows[ally];
      row.backlash.render(
        { value: a.backlash.backlash, band: a.backlash.uncertainty, note: R.moodNote(a.mood) },
        vm.changes?.[`${ally}.backlash`],
      );
      row.willingness.render(
        { value: a.willingness.willingness, band: a.willingness.uncertainty },
        vm.changes?.[`${ally}.willingness`],
      );
      row.approval.render({ value: a.approval }, vm.changes?.[`${ally}.approval`]);
      row.status.setText(R.capitalStatus(a.season, R.electionClock(a.electionIn)));
    }
  }
}
