// A line chart for the debrief: several lines over the months, each told apart by colour AND dash
// pattern AND point shape AND a legend label; elections as dashed verticals marked ▲, milestones
// marked ◆ and events as ticks along the bottom. Presentation only: the model says what to draw.

import Phaser from 'phaser';
import { dashedLine } from '../../ui/draw';
import { drawPanel } from '../../ui/Panel';
import { placeGlyphs } from '../../ui/glyphRow';
import { COLOR, type Rect, SIZE, textStyle } from '../../ui/theme';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface LineStyle {
  color: number;
  /** [dash, gap] in pixels, or null for a solid line. */
  dash: [number, number] | null;
  shape: Shape;
  width?: number;
}

export interface ChartLine {
  name: string;
  /** One value per x position; null where there is none (for example no estimate at the start). */
  values: (number | null)[];
  style: LineStyle;
}

export interface ChartMark {
  index: number;
  kind: 'event' | 'election' | 'milestone';
  title: string;
}

export interface ChartModel {
  title: string;
  xLabels: string[];
  min: number;
  max: number;
  ticks: { value: number; label: string }[];
  lines: ChartLine[];
  marks: ChartMark[];
}

function drawShape(g: Phaser.GameObjects.Graphics, shape: Shape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      g.fillCircle(x, y, r);
      break;
    case 'square':
      g.fillRect(x - r, y - r, 2 * r, 2 * r);
      break;
    case 'triangle':
      g.fillTriangle(x, y - r - 1, x - r - 1, y + r, x + r + 1, y + r);
      break;
    case 'diamond':
      g.fillPoints(
        [
          new Phaser.Math.Vector2(x, y - r - 2),
          new Phaser.Math.Vector2(x + r + 2, y),
          new Phaser.Math.Vector2(x, y + r + 2),
          new Phaser.Math.Vector2(x - r - 2, y),
        ],
        true,
      );
      break;
  }
}

/** The least space between two month labels of the x axis. */
const X_LABEL_GAP = 12;

export class LineChart extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, r: Rect, m: ChartModel) {
    super(scene, r.x, r.y);
    const top = drawPanel(scene, this, r, m.title);
    // legend labels first: two columns when every label fits its half of the panel, else one
    const legendTexts = m.lines.map((line) => {
      const last = [...line.values].reverse().find((v) => v !== null);
      const label = `${line.name}${last === undefined || last === null ? '' : `: ${Math.round(last)}`}`;
      return scene.add.text(0, 0, label, textStyle(SIZE.small, line.style.color, { bold: true })).setOrigin(0, 0.5);
    });
    const half = Math.floor((r.w - 40) / 2);
    const columns = legendTexts.every((t) => 56 + t.width + 16 <= half) ? 2 : 1;
    const legendRows = Math.ceil(m.lines.length / columns);
    const legendTop = top;
    const plotTop = legendTop + legendRows * 28 + 24;
    // the y axis labels first: the plot starts right of the widest one ("lean hard")
    const tickTexts = m.ticks.map((t) =>
      scene.add.text(0, 0, t.label, textStyle(SIZE.small, COLOR.muted)).setOrigin(1, 0.5),
    );
    const px = Math.max(96, 24 + Math.max(0, ...tickTexts.map((t) => t.width)));
    const pw = r.w - px - 30;
    const ph = r.h - plotTop - 44;
    const g = scene.add.graphics();
    this.add(g);
    const yOf = (v: number) => plotTop + ph - (ph * (v - m.min)) / (m.max - m.min);
    const n = Math.max(m.xLabels.length, 2);
    const xOf = (i: number) => px + (pw * i) / (n - 1);
    m.ticks.forEach((t, i) => {
      g.lineStyle(1, COLOR.panelEdge, 1).lineBetween(px, yOf(t.value), px + pw, yOf(t.value));
      this.add(tickTexts[i].setPosition(px - 8, yOf(t.value)));
    });
    const step = Math.max(1, Math.ceil(m.xLabels.length / Math.max(2, Math.floor(pw / 110))));
    const lastX = m.xLabels.length - 1;
    const xTexts: Phaser.GameObjects.Text[] = [];
    m.xLabels.forEach((label, i) => {
      if (i % step !== 0 && i !== lastX) return;
      if (i !== lastX && lastX - i < step / 2) return;
      // the first and last labels align to the plot's ends, so they stay inside the panel
      const ox = i === 0 ? 0 : i === lastX ? 1 : 0.5;
      const t = scene.add.text(xOf(i), plotTop + ph + 14, label, textStyle(SIZE.small, COLOR.muted)).setOrigin(ox, 0);
      xTexts.push(t);
    });
    // the end labels sit wholly inside the plot, so on a short game their neighbours can come too close:
    // a label that would touch the one kept before it, or the last, is left out
    const left = (t: Phaser.GameObjects.Text) => t.x - t.width * t.originX;
    const apart = (a: Phaser.GameObjects.Text, b: Phaser.GameObjects.Text) =>
      left(b) >= left(a) + a.width + X_LABEL_GAP;
    const last = xTexts.at(-1);
    let before: Phaser.GameObjects.Text | null = null;
    for (const t of xTexts) {
      const fits = !before || !last || t === last || (apart(before, t) && apart(t, last));
      if (!fits) {
        t.destroy();
        continue;
      }
      this.add(t);
      before = t;
    }
    const glyphs: { x: number; text: Phaser.GameObjects.Text }[] = [];
    for (const mk of m.marks) {
      const x = xOf(mk.index);
      if (mk.kind === 'event') {
        g.lineStyle(3, COLOR.muted, 1).lineBetween(x, plotTop + ph - 10, x, plotTop + ph);
      } else if (mk.kind === 'election') {
        g.lineStyle(2, COLOR.text, 0.8);
        dashedLine(g, x, plotTop, x, plotTop + ph, 6, 6);
        glyphs.push({ x, text: scene.add.text(0, 0, '▲', textStyle(SIZE.small, COLOR.text)) });
      } else {
        g.lineStyle(1, COLOR.good, 0.7).lineBetween(x, plotTop, x, plotTop + ph);
        glyphs.push({ x, text: scene.add.text(0, 0, '◆', textStyle(SIZE.small, COLOR.good)) });
      }
    }
    for (const t of placeGlyphs(glyphs.map((gl) => ({ x: gl.x, width: gl.text.width })))) {
      const text = glyphs[t.i].text;
      this.add(text.setOrigin(0, 1).setPosition(t.left, plotTop - 2));
    }
    m.lines.forEach((line, k) => {
      const st = line.style;
      g.lineStyle(st.width ?? 4, st.color, 1);
      for (let i = 1; i < line.values.length; i++) {
        const a = line.values[i - 1];
        const b = line.values[i];
        if (a === null || b === null) continue;
        if (st.dash) dashedLine(g, xOf(i - 1), yOf(a), xOf(i), yOf(b), st.dash[0], st.dash[1]);
        else g.lineBetween(xOf(i - 1), yOf(a), xOf(i), yOf(b));
      }
      g.fillStyle(st.color, 1);
      const every = Math.max(1, Math.ceil(line.values.length / 12));
      line.values.forEach((v, i) => {
        if (v !== null && (i % every === k % every || i === line.values.length - 1))
          drawShape(g, st.shape, xOf(i), yOf(v), 6);
      });
      // legend: a sample of the line with its point shape, then the name and the final value
      const lx = 20 + (k % columns) * half;
      const ly = legendTop + Math.floor(k / columns) * 28 + 12;
      g.lineStyle(4, st.color, 1);
      if (st.dash) dashedLine(g, lx, ly, lx + 44, ly, st.dash[0], st.dash[1]);
      else g.lineBetween(lx, ly, lx + 44, ly);
      drawShape(g, st.shape, lx + 22, ly, 6);
      this.add(legendTexts[k].setPosition(lx + 56, ly));
    });
    scene.add.existing(this);
  }
}
