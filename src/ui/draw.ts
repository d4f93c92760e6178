// Small drawing helpers for patterns that carry meaning without colour (dashes, hatching).

import type Phaser from 'phaser';

/** A dashed line from (x1, y1) to (x2, y2) with the graphics' current line style. */
export function dashedLine(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash: number,
  gap: number,
): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  if (len === 0) return;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(len, d + dash);
    g.lineBetween(x1 + ux * d, y1 + uy * d, x1 + ux * e, y1 + uy * e);
  }
}

export function dashedRect(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number): void {
  dashedLine(g, x, y, x + w, y, 8, 6);
  dashedLine(g, x + w, y, x + w, y + h, 8, 6);
  dashedLine(g, x + w, y + h, x, y + h, 8, 6);
  dashedLine(g, x, y + h, x, y, 8, 6);
}
