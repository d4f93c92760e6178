// Where small marker glyphs go along one row (the ▲ and ◆ above a debrief chart): each centred on
// its x, never touching another. Pure, so it is tested in node (test/ui/glyphRow.test.ts).

/** The least space between two marker glyphs above the plot. */
const GLYPH_GAP = 2;

/**
 * Where each marker glyph (▲, ◆) goes along the top of the plot: centred on its month's line, the
 * glyphs of one month side by side about that line, and a glyph that would touch the one before it
 * moved right until it does not (an election and a milestone in the same or the next month).
 */
export function placeGlyphs(glyphs: { x: number; width: number }[]): { i: number; left: number }[] {
  const order = glyphs.map((gl, i) => ({ ...gl, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const placed: { i: number; left: number }[] = [];
  let right = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end < order.length && order[end].x === order[k].x) end++;
    const group = order.slice(k, end);
    const total = group.reduce((w, gl) => w + gl.width, 0) + GLYPH_GAP * (group.length - 1);
    let left = Math.max(order[k].x - total / 2, right + GLYPH_GAP);
    for (const gl of group) {
      placed.push({ i: gl.i, left });
      left += gl.width + GLYPH_GAP;
    }
    right = left - GLYPH_GAP;
    k = end;
  }
  return placed;
}
