// The layout check the browser tests run through `window.__mf.layout()`: every visible Text of the
// running scenes must lie on the canvas, inside its panel (a container drawn by drawPanel) and, for
// a button's label, inside its button; no text may be cut by a line limit, overlap another text,
// cover a control a pointer can reach or lie under where that control's focus ring draws; and none
// may be drawn smaller than `minPx` CSS pixels at the page's current size.

import Phaser from 'phaser';
import { existingFocusOf, type Focusable, RING_REACH } from '../ui/focus';
import { PANEL_SIZE } from '../ui/Panel';
import { HEIGHT, WIDTH } from '../ui/theme';

type Obj = Phaser.GameObjects.GameObject & {
  visible?: boolean;
  alpha?: number;
  parentContainer: Phaser.GameObjects.Container | null;
};
type R = Phaser.Geom.Rectangle;

const TOLERANCE = 1; // px of anti-aliasing slack

function shown(o: Obj): boolean {
  for (let n: Obj | null = o; n; n = n.parentContainer) {
    if (n.visible === false || n.alpha === 0) return false;
  }
  return true;
}

function root(o: Obj): Obj {
  let n = o;
  while (n.parentContainer) n = n.parentContainer;
  return n;
}

function inside(a: R, b: R): boolean {
  return (
    a.x >= b.x - TOLERANCE &&
    a.y >= b.y - TOLERANCE &&
    a.right <= b.right + TOLERANCE &&
    a.bottom <= b.bottom + TOLERANCE
  );
}

function overlaps(a: R, b: R): boolean {
  return (
    a.x < b.right - TOLERANCE && b.x < a.right - TOLERANCE && a.y < b.bottom - TOLERANCE && b.y < a.bottom - TOLERANCE
  );
}

function allTexts(list: Phaser.GameObjects.GameObject[], out: Phaser.GameObjects.Text[]): void {
  for (const o of list) {
    // by type name: Phaser's class factory makes instanceof unreliable here
    if (o.type === 'Text') out.push(o as Phaser.GameObjects.Text);
    else if (o.type === 'Container') allTexts((o as Phaser.GameObjects.Container).list, out);
  }
}

/** Where a control's focus ring draws: its rectangle grown by the ring's reach. */
const ringOf = (r: R) =>
  new Phaser.Geom.Rectangle(r.x - RING_REACH, r.y - RING_REACH, r.width + 2 * RING_REACH, r.height + 2 * RING_REACH);

const short = (t: string) => JSON.stringify(t.length > 50 ? `${t.slice(0, 50)}…` : t);
const rect = (r: R) => `(${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)})`;

/** Problems with the text of the running scenes at the page's current size (empty: none). */
export function layoutProblems(game: Phaser.Game, minPx: number): string[] {
  const problems: string[] = [];
  const cssScale = game.canvas.getBoundingClientRect().width / game.scale.width; // page px per canvas px
  const canvas = new Phaser.Geom.Rectangle(0, 0, WIDTH, HEIGHT);
  for (const scene of game.scene.getScenes(true)) {
    const focus = existingFocusOf(scene);
    const controls = (focus?.reachable() ?? []).filter((c) => c.isShown());
    const controlRects = controls.map((c) => ({ c, r: c.bounds() }));
    // an open modal: only what shares a top-level container with its controls is in front
    const modal = focus !== undefined && controls.some((c) => c.modal !== undefined);
    const frontRoots = new Set<Obj>();
    const texts: Phaser.GameObjects.Text[] = [];
    allTexts(scene.children.list, texts);
    const buttonOf = (t: Phaser.GameObjects.Text) => {
      const p = t.parentContainer as (Phaser.GameObjects.Container & { focusable?: Focusable }) | null;
      return p?.focusable ? { focusable: p.focusable } : null;
    };
    for (const t of texts) {
      const b = buttonOf(t);
      if (b && controls.includes(b.focusable)) frontRoots.add(root(t));
    }
    const checked: { t: Phaser.GameObjects.Text; box: R }[] = [];
    for (const t of texts) {
      if (!shown(t) || t.text.trim() === '') continue;
      if (modal && !frontRoots.has(root(t))) continue;
      for (const o of checked) {
        if (overlaps(o.box, t.getBounds()))
          problems.push(`${scene.scene.key} ${short(t.text)} overlaps ${short(o.t.text)}`);
      }
      checked.push({ t, box: t.getBounds() });
      const where = `${scene.scene.key} ${short(t.text)} ${rect(t.getBounds())}`;
      const box = t.getBounds();
      const px = Number.parseFloat(String(t.style.fontSize)) * t.scaleY * scene.cameras.main.zoom * cssScale;
      if (px < minPx - 0.01) problems.push(`${where}: ${px.toFixed(1)} px text (minimum ${minPx})`);
      if (!inside(box, canvas)) problems.push(`${where}: off the canvas`);
      const maxLines = t.style.maxLines;
      if (maxLines > 0 && t.getWrappedText().length > maxLines) problems.push(`${where}: cut after ${maxLines} lines`);
      const button = buttonOf(t);
      if (button) {
        const r = button.focusable.bounds();
        if (!inside(box, r)) problems.push(`${where}: overflows its button ${rect(r)}`);
        continue;
      }
      for (let p = t.parentContainer; p; p = p.parentContainer) {
        const size = p.getData?.(PANEL_SIZE) as { w: number; h: number } | undefined;
        if (!size) continue;
        const m = p.getWorldTransformMatrix();
        const panel = new Phaser.Geom.Rectangle(m.tx, m.ty, size.w, size.h);
        if (!inside(box, panel)) problems.push(`${where}: overflows its panel ${rect(panel)}`);
        break;
      }
      for (const { c, r } of controlRects) {
        if (overlaps(box, r))
          problems.push(`${where}: covers the control ${short(c.name?.() ?? c.describe())} ${rect(r)}`);
        else if (overlaps(box, ringOf(r)))
          problems.push(`${where}: lies under the focus ring of ${short(c.name?.() ?? c.describe())} ${rect(r)}`);
      }
    }
  }
  return problems;
}
