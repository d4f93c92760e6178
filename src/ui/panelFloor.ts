// A screen's fixed panels drawn by the clear instead of by fills. A software rasteriser (SwiftShader)
// pays for every pixel of every fill: the situation room's eight always-shown panels cover most of
// the screen, and filling them cost the GPU process about 8 ms of its ≈ 37 ms static frame
// (docs/performance.md, "Late evening of 1 December"). So while a scene has a floor, the renderer clears to
// the panel colour, `drawPanel` (src/ui/Panel.ts) strokes those panels' edges without filling them,
// and one Graphics paints the background colour where no floor panel is (the gaps between panels,
// their rounded corners: src/ui/floorGaps.ts). The screen looks the same; its pixels are filled once.
// `?floor=off` turns it off (for comparisons).

import Phaser from 'phaser';
import { floorGaps, panelCorners } from './floorGaps';
import { COLOR, HEIGHT, type Rect, WIDTH } from './theme';

/** The corner radius of `drawPanel`'s panels. */
export const PANEL_RADIUS = 10;

const floors = new WeakMap<Phaser.Scene, readonly Rect[]>();
let enabled = true;

/** From the game's postBoot: `off` turns floors off for this page. */
export function setPanelFloor(query: string | null): void {
  enabled = query !== 'off';
}

/** Whether `drawPanel` should leave this panel's fill to the clear: it is one of the scene's floor panels. */
export function onPanelFloor(scene: Phaser.Scene, r: Rect): boolean {
  return (floors.get(scene) ?? []).some((p) => p.x === r.x && p.y === r.y && p.w === r.w && p.h === r.h);
}

interface Clearable {
  config?: { backgroundColor?: Phaser.Display.Color };
}

/**
 * Call at the start of a scene's `create()`, before its panels are drawn: `panels` (design
 * coordinates) must stay shown for as long as the scene runs, since the clear draws them whether
 * their view is visible or not. Undone when the scene shuts down.
 */
export function paintPanelFloor(scene: Phaser.Scene, panels: readonly Rect[]): void {
  const clear = (scene.game.renderer as unknown as Clearable).config?.backgroundColor;
  if (!enabled || !clear) return;
  floors.set(scene, panels);
  const g = scene.add.graphics().setDepth(-1);
  g.fillStyle(COLOR.background, 1);
  for (const r of floorGaps(panels, WIDTH, HEIGHT)) g.fillRect(r.x, r.y, r.w, r.h);
  for (const p of panels) {
    for (const c of panelCorners(p, PANEL_RADIUS)) {
      // the corner point, then the arc fillRoundedRect draws, the other way round: what lies outside it
      g.beginPath()
        .moveTo(c.x, c.y)
        .arc(c.cx, c.cy, Math.abs(c.cx - c.x), c.from, c.to, true)
        .closePath()
        .fillPath();
    }
  }
  const panel = Phaser.Display.Color.IntegerToColor(COLOR.panel);
  const background = Phaser.Display.Color.IntegerToColor(COLOR.background);
  clear.setTo(panel.red, panel.green, panel.blue);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    floors.delete(scene);
    clear.setTo(background.red, background.green, background.blue);
  });
}
