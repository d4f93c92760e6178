// Keyboard focus inside the canvas: an ordered list of focusable controls per scene, Tab and
// Shift-Tab (or the arrow keys) to move, Enter or Space to activate, and a ring drawn in the canvas.
// A modal (an event card, the report, help) narrows the list to its own controls.

import Phaser from 'phaser';
import { COLOR } from './theme';

export interface Focusable {
  /** The control's rectangle in world coordinates. */
  bounds(): Phaser.Geom.Rectangle;
  isShown(): boolean;
  isEnabled(): boolean;
  activate(): void;
  /** What to announce when focused: the label, and the reason when it cannot be used. */
  describe(): string;
  /** The short name a test or a tooltip uses (a button's label). */
  name?(): string;
  /** A number unique in the page (buttons have one), so a test can tell same-named controls apart. */
  id?: number;
  modal?: string;
}

/** The ring's line runs this far outside a control's rectangle… */
const RING_OFFSET = 4;
/** …and its outer edge reaches this far: no text may lie within it (the layout check holds to it). */
export const RING_REACH = 7;

const managers = new WeakMap<Phaser.Scene, FocusManager>();

export function focusOf(scene: Phaser.Scene): FocusManager {
  let m = managers.get(scene);
  if (!m) {
    m = new FocusManager(scene);
    managers.set(scene, m);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => managers.delete(scene));
  }
  return m;
}

/** The scene's focus manager if it has one (never creates one). */
export function existingFocusOf(scene: Phaser.Scene): FocusManager | undefined {
  return managers.get(scene);
}

/** True when the object and every container above it are visible. */
export function shownInScene(o: Phaser.GameObjects.GameObject & { visible: boolean }): boolean {
  let node: (Phaser.GameObjects.GameObject & { visible: boolean }) | null = o;
  while (node) {
    if (!node.visible) return false;
    node = node.parentContainer;
  }
  return true;
}

export class FocusManager {
  private readonly items: Focusable[] = [];
  private current: Focusable | null = null;
  private modal: string | null = null;
  private readonly ring: Phaser.GameObjects.Graphics;
  private listeners: ((item: Focusable | null) => void)[] = [];
  /** The ring shows once the keyboard is used and hides after a pointer press (like :focus-visible). */
  private ringVisible = true;
  private drawn = '';

  constructor(scene: Phaser.Scene) {
    this.ring = scene.add.graphics().setDepth(10_000);
  }

  add(item: Focusable): void {
    this.items.push(item);
  }

  onChange(fn: (item: Focusable | null) => void): void {
    this.listeners.push(fn);
  }

  /** Limit focus to the controls of one modal (or lift the limit with null). */
  setModal(name: string | null): void {
    if (this.modal === name) return;
    this.modal = name;
    this.focus(this.candidates()[0] ?? null);
  }

  private candidates(): Focusable[] {
    return this.items.filter((i) => i.isShown() && (this.modal === null || i.modal === this.modal));
  }

  focus(item: Focusable | null): void {
    this.current = item;
    for (const fn of this.listeners) fn(item);
  }

  /** Focus set by a pointer press: announced, but the ring stays hidden until a key is pressed. */
  pointerFocus(item: Focusable): void {
    this.ringVisible = false;
    this.focus(item);
  }

  /** The controls a pointer or a key can reach now (the open modal's, or all when none is open). */
  reachable(): Focusable[] {
    return this.candidates();
  }

  focused(): Focusable | null {
    return this.current;
  }

  move(step: 1 | -1): void {
    const list = this.candidates();
    if (!list.length) {
      this.focus(null);
      return;
    }
    const at = this.current ? list.indexOf(this.current) : -1;
    const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    this.focus(list[next]);
  }

  /** Handles Tab, Shift-Tab, arrows, Enter and Space. Returns true when the key was used. */
  /** A key was pressed: the ring shows again. */
  keyboardUsed(): void {
    this.ringVisible = true;
  }

  handleKey(e: KeyboardEvent): boolean {
    this.ringVisible = true;
    if (e.key === 'Tab') {
      this.move(e.shiftKey ? -1 : 1);
      return true;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      this.move(1);
      return true;
    }
    if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      this.move(-1);
      return true;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      const item = this.current;
      if (!item?.isShown() || !this.candidates().includes(item)) return false;
      if (item.isEnabled()) item.activate();
      else this.focus(item); // re-announce the reason
      return true;
    }
    return false;
  }

  /** Presentation only: draw the ring around the focused control. */
  draw(): void {
    const item = this.current;
    const r = this.ringVisible && item?.isShown() ? item.bounds() : null;
    const key = r ? `${r.x},${r.y},${r.width},${r.height}` : '';
    if (key === this.drawn) return; // unchanged: leave the graphics alone, so an idle frame draws nothing new
    this.drawn = key;
    this.ring.clear();
    if (!r) return;
    const o = RING_OFFSET;
    this.ring.lineStyle(RING_REACH - o, 0x000000, 1).strokeRect(r.x - o, r.y - o, r.width + 2 * o, r.height + 2 * o);
    this.ring.lineStyle(3, COLOR.focus, 1).strokeRect(r.x - o, r.y - o, r.width + 2 * o, r.height + 2 * o);
  }
}
