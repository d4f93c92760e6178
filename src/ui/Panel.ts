// A titled panel background for a view region. A panel of the scene's floor (src/ui/panelFloor.ts)
// is filled by the renderer's clear, so only its edge is drawn here.

import type Phaser from 'phaser';
import { onPanelFloor, PANEL_RADIUS } from './panelFloor';
import { COLOR, type Rect, SIZE, textStyle } from './theme';

/** Data key under which a panel's container keeps its size. */
export const PANEL_SIZE = 'panelSize';

export function drawPanel(scene: Phaser.Scene, c: Phaser.GameObjects.Container, r: Rect, title?: string): number {
  const g = scene.add.graphics();
  const onFloor = onPanelFloor(scene, { x: c.x, y: c.y, w: r.w, h: r.h });
  if (!onFloor) g.fillStyle(COLOR.panel, 1).fillRoundedRect(0, 0, r.w, r.h, PANEL_RADIUS);
  g.lineStyle(2, COLOR.panelEdge, 1).strokeRoundedRect(0, 0, r.w, r.h, PANEL_RADIUS);
  c.add(g);
  c.setData(PANEL_SIZE, { w: r.w, h: r.h }); // what the layout check holds the panel's texts to
  if (!title) return 12;
  c.add(scene.add.text(16, 10, title, textStyle(SIZE.body, COLOR.muted, { bold: true })));
  return 44;
}

export type Container = Phaser.GameObjects.Container;
