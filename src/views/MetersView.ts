// The shared meters: trust, momentum, threat and credibility (with Washington's stance beside it),
// Washington's bandwidth (used of available, as pips and as text) and why it is what it is.

import Phaser from 'phaser';
import { MeterBar, type MeterChange } from '../ui/MeterBar';
import { drawPanel } from '../ui/Panel';
import { COLOR, OKABE_ITO, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface MetersViewModel {
  trust: number;
  momentum: number;
  threat: number;
  threatBand: string;
  credibility: number;
  bandwidth: number;
  bandwidthUsed: number;
  stance: string;
  /** Why the bandwidth is what it is (from selectBandwidth, in words). */
  bandwidthWhy: string;
  /** The closed month's changes with their causes, for a few seconds after the report (meterChanges). */
  changes?: Partial<Record<string, MeterChange>>;
}

const METERS = [
  ['trust', R.meterLabels.trust, OKABE_ITO.green],
  ['momentum', R.meterLabels.momentum, OKABE_ITO.blue],
  ['threat', R.meterLabels.threat, OKABE_ITO.vermillion],
  ['credibility', R.meterLabels.credibility, OKABE_ITO.purple],
] as const;

export class MetersView extends Phaser.GameObjects.Container {
  private readonly bars = new Map<string, MeterBar>();
  private readonly pips: Phaser.GameObjects.Graphics;
  private readonly bandwidthText: Phaser.GameObjects.Text;
  private readonly whyText: Phaser.GameObjects.Text;
  private readonly innerW: number;

  constructor(scene: Phaser.Scene, r: Rect, reducedMotion: () => boolean) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r, R.metersPanel);
    this.innerW = r.w - 32;
    METERS.forEach(([key, name, color], i) => {
      const short = R.meterShortLabels[key];
      const bar = new MeterBar(scene, 16, top + i * 46, this.innerW, name, color, reducedMotion, short);
      this.bars.set(key, bar);
      this.add(bar);
    });
    const y = top + METERS.length * 46 + 4;
    this.bandwidthText = scene.add.text(16, y, '', textStyle(SIZE.small, COLOR.text));
    this.whyText = scene.add.text(16, y + 27, '', textStyle(SIZE.small, COLOR.muted));
    this.pips = scene.add.graphics();
    this.add([this.bandwidthText, this.whyText, this.pips]);
    scene.add.existing(this);
  }

  render(vm: MetersViewModel): void {
    for (const [key] of METERS) {
      const note =
        key === 'threat' ? R.threatNote(vm.threatBand) : key === 'credibility' ? R.stanceNote(vm.stance) : undefined;
      this.bars.get(key)?.render({ value: vm[key], note }, vm.changes?.[key]);
    }
    const free = Math.max(0, vm.bandwidth - vm.bandwidthUsed);
    this.bandwidthText.setText(R.bandwidth(vm.bandwidthUsed, vm.bandwidth, free));
    this.whyText.setText(vm.bandwidthWhy);
    const g = this.pips.clear();
    const y = this.bandwidthText.y + 3;
    const x0 = 16 + this.bandwidthText.width + 14;
    for (let i = 0; i < Math.max(vm.bandwidth, vm.bandwidthUsed); i++) {
      const x = x0 + i * 30;
      if (i < vm.bandwidthUsed) g.fillStyle(COLOR.text, 1).fillRect(x, y, 22, 18);
      else g.lineStyle(2, COLOR.text, 1).strokeRect(x + 1, y + 1, 20, 16);
    }
  }
}
