import { describe, expect, it } from 'vitest';
import { SHELF_STEP, SLOT_STEP, ShelfPacker, type Slot } from '../../src/ui/atlasPacker';

const overlaps = (a: Slot, b: Slot) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('ShelfPacker', () => {
  it.each([
    [10, 10, SLOT_STEP, SHELF_STEP * 2],
    [17, 9, SLOT_STEP * 2, SHELF_STEP * 2],
    [100, 40, 112, 40],
  ])('a %i×%i text gets a %i×%i slot (rounded up, so a digit more keeps it)', (w, h, sw, sh) => {
    const slot = new ShelfPacker(256, 256).alloc(w, h);
    expect(slot).toMatchObject({ w: sw, h: sh });
  });

  it('refuses what cannot fit, and empty sizes', () => {
    const p = new ShelfPacker(64, 64);
    expect(p.alloc(65, 10)).toBeNull();
    expect(p.alloc(10, 65)).toBeNull();
    expect(p.alloc(0, 10)).toBeNull();
  });

  it('never hands out overlapping slots, and fills the sheet before refusing', () => {
    const p = new ShelfPacker(128, 128);
    const slots: Slot[] = [];
    for (let s = p.alloc(30, 14); s; s = p.alloc(30, 14)) slots.push(s);
    expect(slots.length).toBe(4 * 8); // 32-wide slots, 4 a row; 16-high rows, 8 rows
    for (const [i, a] of slots.entries()) {
      expect(a.x + a.w).toBeLessThanOrEqual(128);
      expect(a.y + a.h).toBeLessThanOrEqual(128);
      for (const b of slots.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('reuses a freed slot for a text of its row that fits', () => {
    const p = new ShelfPacker(128, 128);
    const a = p.alloc(40, 20);
    const b = p.alloc(40, 20);
    if (!a || !b) throw new Error('no slot');
    p.free(a);
    expect(p.alloc(30, 18)).toEqual(a);
    p.free(b); // the row's last slot: the row's end moves back
    expect(p.alloc(60, 20)).toEqual({ x: b.x, y: b.y, w: 64, h: 24 });
  });

  it('after a reset starts again from the top', () => {
    const p = new ShelfPacker(64, 64);
    p.alloc(60, 60);
    expect(p.alloc(60, 60)).toBeNull();
    p.reset();
    expect(p.usedHeight).toBe(0);
    expect(p.alloc(60, 60)).toEqual({ x: 0, y: 0, w: 64, h: 64 });
  });
});
