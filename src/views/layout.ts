// The situation room's regions at the design resolution (1920×1080), in one place.

import type { Rect } from '../ui/theme';

export const ROOM = {
  topBar: { x: 20, y: 10, w: 1880, h: 60 },
  map: { x: 20, y: 80, w: 740, h: 470 },
  calendar: { x: 20, y: 560, w: 740, h: 190 },
  advisors: { x: 20, y: 760, w: 740, h: 230 },
  capitals: { x: 780, y: 80, w: 500, h: 370 },
  meters: { x: 780, y: 460, w: 500, h: 310 },
  posture: { x: 780, y: 780, w: 500, h: 210 },
  initiatives: { x: 1300, y: 80, w: 600, h: 830 },
  endTurn: { x: 1300, y: 920, w: 600, h: 70 },
  news: { x: 20, y: 1000, w: 1880, h: 70 },
  modal: { x: 360, y: 90, w: 1200, h: 900 },
} satisfies Record<string, Rect>;
