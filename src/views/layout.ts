// The situation room's regions at the design resolution (1920×1080), in one place.

import type { Rect } from '../ui/theme';

export const ROOM = {
  topBar: { x: 20, y: 10, w: 1880, h: 60 },
  map: { x: 20, y: 80, w: 740, h: 380 },
  calendar: { x: 20, y: 470, w: 740, h: 190 },
  // tall enough for three advisers' texts of ADVISER_TEXT_MAX characters (three lines each)
  advisors: { x: 20, y: 670, w: 740, h: 320 },
  capitals: { x: 780, y: 80, w: 510, h: 406 },
  meters: { x: 780, y: 494, w: 510, h: 292 },
  posture: { x: 780, y: 794, w: 510, h: 196 },
  initiatives: { x: 1310, y: 80, w: 590, h: 690 },
  forecast: { x: 1310, y: 780, w: 590, h: 130 },
  endTurn: { x: 1310, y: 920, w: 590, h: 70 },
  news: { x: 20, y: 1000, w: 1880, h: 70 },
  modal: { x: 360, y: 90, w: 1200, h: 900 },
  /** The milestone moment's banner, just above the turn report. */
  moment: { x: 360, y: 14, w: 1200, h: 64 },
  /** The initiative details pane: over the map and the calendar while a card is hovered or focused. */
  details: { x: 20, y: 80, w: 740, h: 580 },
} satisfies Record<string, Rect>;

/**
 * The room's panels that are always shown: the renderer's clear paints them (src/ui/panelFloor.ts).
 * Not the forecast, which hides outside planning.
 */
export const ROOM_FLOOR = [
  ROOM.map,
  ROOM.calendar,
  ROOM.advisors,
  ROOM.capitals,
  ROOM.meters,
  ROOM.posture,
  ROOM.initiatives,
  ROOM.news,
] as const;

/** Whether `inner` lies wholly within `outer`. */
export const within = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

/**
 * The room's regions that the event card and the turn report (ROOM.modal, opaque) hide entirely: the
 * room stops drawing their views while the card is up, since nothing of them would show.
 */
export const UNDER_CARD = (Object.keys(ROOM) as (keyof typeof ROOM)[]).filter(
  (k) => k !== 'modal' && within(ROOM[k], ROOM.modal),
);

/** The longest adviser text the advisers' panel is sized for ("role: “line”", in characters). */
export const ADVISER_TEXT_MAX = 190;
