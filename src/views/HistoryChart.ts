// A plain line chart of the months: Seoul and Tokyo backlash (true values, revealed at the end) and
// momentum. Lines differ by colour AND dash pattern AND an end label.

import Phaser from 'phaser';
import { dashedLine } from '../ui/draw';
import { drawPanel } from '../ui/Panel';
import { COLOR, OKABE_ITO, type Rect, SIZE, textStyle } from '../ui/theme';
import { room as R } from '../strings';

export interface ChartSeries {
  name: string;
  values: number[];
}

const STYLES = [
  { color: COLOR.seoul, dash: [0, 0] },
  { color: COLOR.tokyo, dash: [14, 8] },
  { color: OKABE_ITO.green, dash: [4, 6] },
] as const;

export class HistoryChart extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, r: Rect, months: string[], series: ChartSeries[]) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r, R.historyPanel) + 16; // the 100 label clears the title
    const px = 70;
    const pw = r.w - px - 260; // room for the end labels ("Tokyo backlash 100") at the smallest text size
    const ph = r.h - top - 60;
    const g = scene.add.graphics();
    this.add(g);
    for (const v of [0, 25, 50, 75, 100]) {
      const y = top + ph - (ph * v) / 100;
      g.lineStyle(1, COLOR.panelEdge, 1).lineBetween(px, y, px + pw, y);
      this.add(scene.add.text(px - 10, y, String(v), textStyle(SIZE.small, COLOR.muted)).setOrigin(1, 0.5));
    }
    const n = Math.max(months.length, 2);
    const xOf = (i: number) => px + (pw * i) / (n - 1);
    const step = Math.ceil(months.length / 8);
    months.forEach((m, i) => {
      if (i % step === 0 || i === months.length - 1) {
        this.add(scene.add.text(xOf(i), top + ph + 16, m, textStyle(SIZE.small, COLOR.muted)).setOrigin(0.5, 0));
      }
    });
    const ends: { y: number; text: Phaser.GameObjects.Text }[] = [];
    series.forEach((s, k) => {
      const st = STYLES[k % STYLES.length];
      g.lineStyle(4, st.color, 1);
      for (let i = 1; i < s.values.length; i++) {
        const [x1, y1, x2, y2] = [
          xOf(i - 1),
          top + ph - (ph * s.values[i - 1]) / 100,
          xOf(i),
          top + ph - (ph * s.values[i]) / 100,
        ];
        if (st.dash[0] === 0) g.lineBetween(x1, y1, x2, y2);
        else dashedLine(g, x1, y1, x2, y2, st.dash[0], st.dash[1]);
      }
      const last = s.values.at(-1) ?? 0;
      const ly = top + ph - (ph * last) / 100;
      const text = scene.add
        .text(px + pw + 12, ly, `${s.name} ${Math.round(last)}`, textStyle(SIZE.small, st.color, { bold: true }))
        .setOrigin(0, 0.5);
      this.add(text);
      ends.push({ y: ly, text });
    });
    // end labels a line apart, top to bottom, and inside the plot's height
    ends.sort((a, b) => a.y - b.y);
    const gap = 28;
    let y = top;
    for (const e of ends) {
      y = Math.max(e.y, y);
      e.text.setY(y);
      y += gap;
    }
    const overflow = y - gap - (top + ph);
    if (overflow > 0) for (const e of ends) e.text.setY(e.text.y - overflow);
    scene.add.existing(this);
  }
}
