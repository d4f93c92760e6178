// Colours and type for every screen. The palette is Okabe–Ito (colour-blind safe); meaning is never
// carried by colour alone: every coloured mark also has a label, a pattern or a shape.

import type Phaser from 'phaser';

export const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  green: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  purple: 0xcc79a7,
} as const;

export const COLOR = {
  background: 0x101820,
  panel: 0x1b2733,
  panelEdge: 0x3d5166,
  sea: 0x16324a,
  land: 0x3b4a3f,
  landAlly: 0x52614f,
  border: 0x8fa39a,
  text: 0xf4f4f0,
  muted: 0xb8c2cc,
  focus: OKABE_ITO.yellow,
  button: 0x2c4a66,
  buttonHover: 0x3b6388,
  buttonPressed: 0x1d3347,
  buttonSelected: OKABE_ITO.skyBlue,
  buttonSelectedPressed: 0x3f93c4,
  seoul: OKABE_ITO.skyBlue,
  tokyo: OKABE_ITO.orange,
  good: OKABE_ITO.green,
  bad: OKABE_ITO.vermillion,
} as const;

/** `0x56b4e9` → `#56b4e9` for text styles. */
export const css = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

// `small` is the floor: 20 design px is 14.2 CSS px at 1366×768, the smallest text the game draws.
export const SIZE = { small: 20, body: 20, large: 26, heading: 34, title: 64 } as const;

export function textStyle(
  size: number = SIZE.body,
  color: number = COLOR.text,
  opts: { bold?: boolean; wrap?: number; align?: string } = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${size}px`,
    color: css(color),
    fontStyle: opts.bold ? 'bold' : 'normal',
    align: opts.align ?? 'left',
    wordWrap: opts.wrap ? { width: opts.wrap, useAdvancedWrap: true } : undefined,
    lineSpacing: Math.round(size * 0.2),
  };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const WIDTH = 1920;
export const HEIGHT = 1080;
