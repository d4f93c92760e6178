// Font metrics measured once per font. Phaser measures the ascent and descent of every new Text's
// font with a canvas (TextStyle.setStyle → MeasureText) although the game uses a dozen fonts for its
// ≈ 130 texts a room; the measurement sits on the way to the room's first frame. This keeps the
// first measurement of each font (family, size, style and test string: what Phaser measures) and
// hands it to the next TextStyle of that font, the way Phaser's own `metrics` style option does.
// A style Phaser would read differently (a `font` shorthand, a numeric size, its own metrics) is
// left to Phaser. Only system fonts are used (src/ui/theme.ts), so no font arrives later and
// changes a metric.

import Phaser from 'phaser';

interface Metrics {
  ascent: number;
  descent: number;
  fontSize: number;
}

type StyleIn = Record<string, unknown> | undefined;

const measured = new Map<string, Metrics>();
let installed = false;

/** The font a style measures, or null where Phaser would read the style some other way. */
function fontKey(style: StyleIn): string | null {
  if (!style || 'font' in style || 'metrics' in style) return null;
  const { fontFamily, fontSize, fontStyle, testString } = style;
  if (typeof fontFamily !== 'string' || typeof fontSize !== 'string' || typeof fontStyle !== 'string') return null;
  if (testString !== undefined && typeof testString !== 'string') return null;
  return JSON.stringify([fontStyle, fontSize, fontFamily, testString ?? null]);
}

/** Call once, before the first Text is made. */
export function installFontMetricsCache(): void {
  if (installed) return;
  installed = true;
  const proto = Phaser.GameObjects.TextStyle.prototype as unknown as {
    setStyle: (style: StyleIn, updateText?: boolean, setDefaults?: boolean) => unknown;
    metrics: Metrics;
  };
  const setStyle = proto.setStyle;
  proto.setStyle = function (this: typeof proto, style, updateText, setDefaults) {
    const key = fontKey(style);
    const known = key === null ? undefined : measured.get(key);
    const result = setStyle.call(this, known ? { ...style, metrics: known } : style, updateText, setDefaults);
    if (key !== null && !known && this.metrics) measured.set(key, { ...this.metrics });
    return result;
  };
}
