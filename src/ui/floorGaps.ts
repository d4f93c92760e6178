// What of the screen lies outside a set of panels: the rectangles a panel floor paints in the
// background colour (src/ui/panelFloor.ts), and where each panel's rounded corners are. Pure, so it
// is tested in node (test/ui/floorGaps.test.ts).

import type { Rect } from './theme';

/**
 * Rectangles that, with `panels`, tile the `width`×`height` screen without overlap: the gaps
 * between the panels. Panels must not overlap one another; parts outside the screen are ignored.
 */
export function floorGaps(panels: readonly Rect[], width: number, height: number): Rect[] {
  const clampX = (x: number) => Math.min(width, Math.max(0, x));
  const clampY = (y: number) => Math.min(height, Math.max(0, y));
  const xs = [...new Set([0, width, ...panels.flatMap((p) => [clampX(p.x), clampX(p.x + p.w)])])].sort((a, b) => a - b);
  const ys = [...new Set([0, height, ...panels.flatMap((p) => [clampY(p.y), clampY(p.y + p.h)])])].sort(
    (a, b) => a - b,
  );
  const covered = (x: number, y: number) => panels.some((p) => x > p.x && x < p.x + p.w && y > p.y && y < p.y + p.h);
  // cells of the grid every panel edge makes; in each band of rows, runs of free cells become one rectangle
  const rows: Rect[] = [];
  for (let j = 0; j + 1 < ys.length; j++) {
    const [y0, y1] = [ys[j], ys[j + 1]];
    let run: Rect | null = null;
    for (let i = 0; i + 1 < xs.length; i++) {
      const [x0, x1] = [xs[i], xs[i + 1]];
      if (covered((x0 + x1) / 2, (y0 + y1) / 2)) run = null;
      else if (run) run.w = x1 - run.x;
      else {
        run = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
        rows.push(run);
      }
    }
  }
  // a band's rectangle that continues the one just above it (same x and width) grows down instead
  const out: Rect[] = [];
  for (const r of rows) {
    const above = out.find((o) => o.x === r.x && o.w === r.w && o.y + o.h === r.y);
    if (above) above.h += r.h;
    else out.push({ ...r });
  }
  return out;
}

/** A rounded corner: the corner point, the centre of its arc, and the arc's angles (radians). */
export interface Corner {
  x: number;
  y: number;
  cx: number;
  cy: number;
  from: number;
  to: number;
}

/** The four corners of a panel drawn with `fillRoundedRect(x, y, w, h, radius)`, clockwise from the top left. */
export function panelCorners(p: Rect, radius: number): Corner[] {
  const r = Math.min(radius, p.w / 2, p.h / 2);
  const [l, t, rt, b] = [p.x, p.y, p.x + p.w, p.y + p.h];
  const H = Math.PI / 2;
  return [
    { x: l, y: t, cx: l + r, cy: t + r, from: -H, to: -Math.PI },
    { x: rt, y: t, cx: rt - r, cy: t + r, from: 0, to: -H },
    { x: rt, y: b, cx: rt - r, cy: b - r, from: H, to: 0 },
    { x: l, y: b, cx: l + r, cy: b - r, from: Math.PI, to: H },
  ];
}
