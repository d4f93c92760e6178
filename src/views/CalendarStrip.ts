// The months ahead: campaign windows shaded (and lettered S, T, US), elections (◆) and summits (★)
// marked, with their names listed underneath. Each month's label is sized to its cell and the names
// to the legend's two lines (src/ui/textFit.ts): nothing runs into a neighbour or out of the panel.

import Phaser from 'phaser';
import type { Electorate } from '../model';
import { drawPanel } from '../ui/Panel';
import { fitLinesWithMore, monthCellLabels } from '../ui/textFit';
import { COLOR, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface CalendarMonth {
  turn: number;
  label: string;
  campaigns: Electorate[];
  elections: string[];
  summits: string[];
}

/** The lines the names listed underneath may take (the panel's height holds two). */
const LEGEND_LINES = 2;
/** Space kept between a month's label and its cell's right edge. */
const LABEL_PAD = 4;

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
    // no word wrap of Phaser's: the lines are fitted to the width here
    this.legend = scene.add.text(16, r.h - 60, '', textStyle(SIZE.small, COLOR.text)).setName('calendar-legend');
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
    const labels: Phaser.GameObjects.Text[] = [];
    months.forEach((m, i) => {
      const x = 16 + i * cw;
      const y = this.top;
      const cell = { x, w: cw - 4 };
      g.lineStyle(i === 0 ? 3 : 1, i === 0 ? COLOR.text : COLOR.panelEdge, 1).strokeRect(x, y, cw - 4, ch);
      const bw = (cw - 8) / Math.max(m.campaigns.length, 1);
      m.campaigns.forEach((c, j) => {
        const [letter, color] = CAMPAIGN[c];
        g.fillStyle(color, 0.45).fillRect(x + 2 + j * bw, y + 50, bw - 2, 22);
        this.addText(x + 4 + j * bw, y + 51, letter, true, cell);
      });
      const marks = `${m.elections.length ? '◆ ' : ''}${m.summits.length ? '★' : ''}`;
      labels.push(this.addText(x + 6, y + 4, '', i === 0, cell));
      if (marks) this.addText(x + 6, y + 28, marks, false, cell);
    });
    // each label as wide as its cell allows (the current month's is bold, so wider)
    const room = cw - 4 - 6 - LABEL_PAD;
    const fits = (s: string, i: number) => labels[i].setText(s).width <= room;
    const shown = monthCellLabels(
      months.map((m) => m.label),
      fits,
    );
    for (const [i, s] of shown.entries()) labels[i].setText(s);
    const named = months.flatMap((m) => [
      ...m.elections.map((e) => R.electionMark(m.label, e)),
      ...m.summits.map((s) => R.summitMark(m.label, s)),
    ]);
    const width = this.r.w - 32;
    const lines = fitLinesWithMore(named, LEGEND_LINES, width, (s) => this.legend.setText(s).width, R.calendarMore);
    this.legend.setText(lines.join('\n') || R.calendarEmpty);
  }

  /** A text of the strip in its month's `cell` (its left edge and width), which it keeps within. */
  private addText(
    x: number,
    y: number,
    s: string,
    bold: boolean,
    cell: { x: number; w: number },
  ): Phaser.GameObjects.Text {
    const t = this.scene.add.text(x, y, s, textStyle(SIZE.small, COLOR.text, { bold }));
    t.setData('cell', cell); // what the browser tests hold it to
    this.texts.push(t);
    this.add(t);
    return t;
  }
}
