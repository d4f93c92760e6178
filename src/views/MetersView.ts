// The shared meters: trust, momentum, threat and credibility, Washington's bandwidth (used of
// available, as pips and as text) and Washington's stance.

import Phaser from 'phaser';
import { MeterBar } from '../ui/MeterBar';
import { drawPanel } from '../ui/Panel';
import { COLOR, OKABE_ITO, type Rect, SIZE, textStyle } from '../ui/theme';

export interface MetersViewModel {
  trust: number;
  momentum: number;
  threat: number;
  threatBand: string;
  credibility: number;
  bandwidth: number;
  bandwidthUsed: number;
  stance: string;
  changes?: Partial<Record<string, number>>;
}

const METERS = [
  ['trust', 'Trust (Seoul–Tokyo)', OKABE_ITO.green],
  ['momentum', 'Momentum', OKABE_ITO.blue],
  ['threat', 'Threat', OKABE_ITO.vermillion],
  ['credibility', 'US credibility', OKABE_ITO.purple],
] as const;

export class MetersView extends Phaser.GameObjects.Container {
  private readonly bars = new Map<string, MeterBar>();
  private readonly pips: Phaser.GameObjects.Graphics;
  private readonly bandwidthText: Phaser.GameObjects.Text;
  private readonly innerW: number;

  constructor(scene: Phaser.Scene, r: Rect, reducedMotion: () => boolean) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r, 'The relationship');
    this.innerW = r.w - 32;
    METERS.forEach(([key, name, color], i) => {
      const bar = new MeterBar(scene, 16, top + i * 54, this.innerW, name, color, reducedMotion);
      this.bars.set(key, bar);
      this.add(bar);
    });
    const y = top + METERS.length * 54 + 4;
    this.bandwidthText = scene.add.text(16, y, '', textStyle(SIZE.small, COLOR.text));
    this.pips = scene.add.graphics();
    this.add([this.bandwidthText, this.pips]);
    scene.add.existing(this);
  }

  render(vm: MetersViewModel): void {
    for (const [key] of METERS) {
      const note = key === 'threat' ? `(${vm.threatBand})` : undefined;
      this.bars.get(key)?.render({ value: vm[key], note }, vm.changes?.[key]);
    }
    const free = Math.max(0, vm.bandwidth - vm.bandwidthUsed);
    this.bandwidthText.setText(
      `Bandwidth: ${vm.bandwidthUsed} of ${vm.bandwidth} used (${free} free) · stance: ${vm.stance}`,
    );
    const g = this.pips.clear();
    const y = this.bandwidthText.y + 30;
    for (let i = 0; i < Math.max(vm.bandwidth, vm.bandwidthUsed); i++) {
      const x = 16 + i * 30;
      if (i < vm.bandwidthUsed) g.fillStyle(COLOR.text, 1).fillRect(x, y, 22, 18);
      else g.lineStyle(2, COLOR.text, 1).strokeRect(x + 1, y + 1, 20, 16);
    }
  }
}
