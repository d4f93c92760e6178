// What the browser tests read through `window.__mf` about the pointer: every control a pointer can
// reach now, with its rectangle in page (CSS) pixels, and the pointer probe (what answered last,
// and a dry-run switch so a test can click controls without changing the game).

import type Phaser from 'phaser';
import { existingFocusOf } from '../ui/focus';
import { type PointerProbe, pointerProbe } from '../ui/pointerProbe';

export interface ControlOnPage {
  scene: string;
  /** Unique in the page; the pointer probe's `lastId` names the same control. */
  id: number;
  name: string;
  description: string;
  enabled: boolean;
  /** Rectangle in page (CSS) pixels: where a mouse must go to reach the control. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The reachable controls of every running scene, in page pixels. */
export function controlsOnPage(game: Phaser.Game): ControlOnPage[] {
  const box = game.canvas.getBoundingClientRect();
  const out: ControlOnPage[] = [];
  for (const scene of game.scene.getScenes(true)) {
    const focus = existingFocusOf(scene);
    if (!focus) continue;
    const cam = scene.cameras.main;
    // world → canvas (camera) → page: the camera may zoom (lower internal resolution), the page scales
    const kx = box.width / game.scale.width;
    const ky = box.height / game.scale.height;
    for (const item of focus.reachable()) {
      const r = item.bounds();
      const x0 = (r.x - cam.worldView.x) * cam.zoom + cam.x;
      const y0 = (r.y - cam.worldView.y) * cam.zoom + cam.y;
      out.push({
        scene: scene.scene.key,
        id: item.id ?? -1,
        name: item.name?.() ?? item.describe(),
        description: item.describe(),
        enabled: item.isEnabled(),
        x: box.left + x0 * kx,
        y: box.top + y0 * ky,
        w: r.width * cam.zoom * kx,
        h: r.height * cam.zoom * ky,
      });
    }
  }
  return out;
}

export function probe(): PointerProbe {
  return pointerProbe;
}
