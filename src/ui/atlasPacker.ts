// Where each text's pixels go in the shared text atlas (src/ui/textAtlas.ts): a shelf packer over a
// fixed-size sheet. Rows ("shelves") have heights in steps of SHELF_STEP and slots have widths in steps
// of SLOT_STEP, so a text that changes by a digit keeps its slot; a freed slot is reused by the next
// text of its shelf that fits. No Phaser, no DOM: table-tested in node.

export interface Slot {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Shelf {
  y: number;
  h: number;
  /** Where the next new slot of this shelf starts. */
  end: number;
  free: Slot[];
}

export const SHELF_STEP = 8;
export const SLOT_STEP = 16;

const roundUp = (n: number, step: number) => Math.max(step, Math.ceil(n / step) * step);

export class ShelfPacker {
  private shelves: Shelf[] = [];
  private top = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** A slot of at least w × h, or null when the sheet has no room for it. */
  alloc(w: number, h: number): Slot | null {
    if (w <= 0 || h <= 0 || w > this.width || h > this.height) return null;
    const sh = Math.min(this.height, roundUp(h, SHELF_STEP));
    const sw = Math.min(this.width, roundUp(w, SLOT_STEP));
    for (const shelf of this.shelves) {
      if (shelf.h !== sh) continue;
      // a freed slot that fits without wasting more than its own width again
      const i = shelf.free.findIndex((s) => s.w >= sw && s.w <= 2 * sw);
      if (i >= 0) return shelf.free.splice(i, 1)[0];
      if (shelf.end + sw <= this.width) {
        const slot = { x: shelf.end, y: shelf.y, w: sw, h: sh };
        shelf.end += sw;
        return slot;
      }
    }
    if (this.top + sh > this.height) return null;
    const shelf: Shelf = { y: this.top, h: sh, end: sw, free: [] };
    this.top += sh;
    this.shelves.push(shelf);
    return { x: 0, y: shelf.y, w: sw, h: sh };
  }

  /** Gives a slot back for reuse (a slot this packer handed out since the last reset). */
  free(slot: Slot): void {
    const shelf = this.shelves.find((s) => s.y === slot.y && s.h === slot.h);
    if (!shelf) return;
    if (slot.x + slot.w === shelf.end) shelf.end = slot.x;
    else shelf.free.push(slot);
  }

  /** Forgets every slot (before packing the live texts again). */
  reset(): void {
    this.shelves = [];
    this.top = 0;
  }

  /** Rows of the sheet in use, from the top (how full the sheet is). */
  get usedHeight(): number {
    return this.top;
  }
}
