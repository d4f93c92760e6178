import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorGaps, panelCorners } from '../../src/ui/floorGaps';
import type { Rect } from '../../src/ui/theme';
import { ROOM_FLOOR } from '../../src/views/layout';

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const area = (rs: readonly Rect[]) => rs.reduce((s, r) => s + r.w * r.h, 0);

/** Panels and gaps tile the screen: nothing overlaps and together they cover every pixel. */
function expectTiling(panels: readonly Rect[], width: number, height: number): Rect[] {
  const gaps = floorGaps(panels, width, height);
  const all = [...panels, ...gaps];
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1))
      expect(overlaps(a, b), `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
  }
  for (const g of gaps) {
    expect(g.w).toBeGreaterThan(0);
    expect(g.h).toBeGreaterThan(0);
    expect(g.x >= 0 && g.y >= 0 && g.x + g.w <= width && g.y + g.h <= height).toBe(true);
  }
  expect(area(all)).toBe(width * height);
  return gaps;
}

describe('floorGaps', () => {
  it('with no panels, the gap is the whole screen', () => {
    expect(floorGaps([], 100, 50)).toEqual([{ x: 0, y: 0, w: 100, h: 50 }]);
  });

  it('one panel in the middle leaves a frame of four rectangles', () => {
    const gaps = expectTiling([{ x: 10, y: 10, w: 80, h: 30 }], 100, 50);
    expect(gaps).toHaveLength(4);
  });

  it("tiles the situation room's floor at the design size in a few dozen rectangles", () => {
    const gaps = expectTiling(ROOM_FLOOR, 1920, 1080);
    expect(gaps.length).toBeLessThan(40);
  });

  it('tiles the screen for any set of panels that do not overlap', () => {
    // panels on a 10-pixel grid of a 200×120 screen, dropping any that overlaps an earlier one
    const panel = fc
      .record({
        x: fc.integer({ min: 0, max: 19 }),
        y: fc.integer({ min: 0, max: 11 }),
        w: fc.integer({ min: 1, max: 8 }),
        h: fc.integer({ min: 1, max: 6 }),
      })
      .map((p) => ({ x: p.x * 10, y: p.y * 10, w: Math.min(p.w, 20 - p.x) * 10, h: Math.min(p.h, 12 - p.y) * 10 }));
    fc.assert(
      fc.property(fc.array(panel, { maxLength: 12 }), (ps) => {
        const kept: Rect[] = [];
        for (const p of ps) if (!kept.some((k) => overlaps(k, p))) kept.push(p);
        expectTiling(kept, 200, 120);
      }),
    );
  });
});

describe('panelCorners', () => {
  it('puts each arc centre a radius inside its corner, arcs a quarter turn each', () => {
    const corners = panelCorners({ x: 0, y: 0, w: 100, h: 40 }, 10);
    expect(corners.map((c) => [c.x, c.y, c.cx, c.cy])).toEqual([
      [0, 0, 10, 10],
      [100, 0, 90, 10],
      [100, 40, 90, 30],
      [0, 40, 10, 30],
    ]);
    for (const c of corners) expect(c.from - c.to).toBeCloseTo(Math.PI / 2);
  });

  it('never uses a radius over half the panel', () => {
    const [tl] = panelCorners({ x: 0, y: 0, w: 8, h: 40 }, 10);
    expect(tl.cx - tl.x).toBe(4);
  });
});
