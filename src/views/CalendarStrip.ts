// The months ahead: campaign windows shaded (and lettered S, T, US), elections (◆) and summits (★)
// marked, with their names listed underneath.

import Phaser from 'phaser';
import type { Electorate } from '../model';
import { drawPanel } from '../ui/Panel';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface CalendarMonth {
  turn: number;
  label: string;
  campaigns: Electorate[];
  elections: string[];
  summits: string[];
}

const CAMPAIGN = {
  seoul: [R.campaignMark.seoul, COLOR.seoul],
  tokyo: [R.campaignMark.tokyo, COLOR.tokyo],
  washington: [R.campaignMark.washington, COLOR.muted],
} as const;

export class CalendarStrip extends Phaser.GameObjects.Container {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private readonly legend: Phaser.GameObjects.Text;
  private readonly top: number;

  constructor(
    scene: Phaser.Scene,
    private readonly r: Rect,
  ) {
    super(scene, r.x, r.y);
    this.top = drawPanel(scene, this, r, R.calendarPanel);
    this.g = scene.add.graphics();
    this.legend = scene.add.text(16, r.h - 60, '', textStyle(SIZE.small, COLOR.text, { wrap: r.w - 32 }));
    this.add([this.g, this.legend]);
    scene.add.existing(this);
  }

  render(months: CalendarMonth[]): void {
    for (const t of this.texts) t.destroy();
    this.texts.length = 0;
    const n = Math.max(months.length, 1);
    const cw = (this.r.w - 32) / n;
    const ch = 74;
    const g = this.g.clear();
    months.forEach((m, i) => {
      const x = 16 + i * cw;
      const y = this.top;
      g.lineStyle(i === 0 ? 3 : 1, i === 0 ? COLOR.text : COLOR.panelEdge, 1).strokeRect(x, y, cw - 4, ch);
      const bw = (cw - 8) / Math.max(m.campaigns.length, 1);
      m.campaigns.forEach((c, j) => {
        const [letter, color] = CAMPAIGN[c];
        g.fillStyle(color, 0.45).fillRect(x + 2 + j * bw, y + 50, bw - 2, 22);
        this.addText(x + 4 + j * bw, y + 51, letter, true);
      });
      const label = m.label.replace(/ (\d\d)(\d\d)$/, ' ’$2');
      const marks = `${m.elections.length ? '◆ ' : ''}${m.summits.length ? '★' : ''}`;
      this.addText(x + 6, y + 4, label, i === 0);
      if (marks) this.addText(x + 6, y + 28, marks, false);
    });
    const named = months.flatMap((m) => [
      ...m.elections.map((e) => R.electionMark(m.label, e)),
      ...m.summits.map((s) => R.summitMark(m.label, s)),
    ]);
    this.legend.setText(named.slice(0, 2).join('\n') || R.calendarEmpty);
  }

  private addText(x: number, y: number, s: string, bold: boolean): void {
    const t = this.scene.add.text(x, y, s, textStyle(SIZE.small, COLOR.text, { bold }));
    this.texts.push(t);
    this.add(t);
  }
}
