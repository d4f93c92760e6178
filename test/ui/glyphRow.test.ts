import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeGlyphs } from '../../src/ui/glyphRow';

const GAP = 2;

describe('placeGlyphs', () => {
  it('centres a lone glyph on its x', () => {
    expect(placeGlyphs([{ x: 100, width: 10 }])).toEqual([{ i: 0, left: 95 }]);
  });

  it('sets the glyphs of one month side by side about its line', () => {
    // an election and a milestone in the same month: 10 + 2 + 14 wide, centred on 100
    expect(
      placeGlyphs([
        { x: 100, width: 10 },
        { x: 100, width: 14 },
      ]),
    ).toEqual([
      { i: 0, left: 87 },
      { i: 1, left: 99 },
    ]);
  });

  it('moves a glyph of the next month right of the one before it', () => {
    const [a, b] = placeGlyphs([
      { x: 100, width: 14 },
      { x: 106, width: 14 },
    ]);
    expect(a).toEqual({ i: 0, left: 93 });
    expect(b).toEqual({ i: 1, left: 93 + 14 + GAP });
  });

  it('leaves glyphs that are apart where they are, in any input order', () => {
    expect(
      placeGlyphs([
        { x: 300, width: 10 },
        { x: 100, width: 10 },
      ]),
    ).toEqual([
      { i: 1, left: 95 },
      { i: 0, left: 295 },
    ]);
  });

  it('never lets two glyphs touch, and never moves one left of its centred place', () => {
    const glyph = fc.record({ x: fc.integer({ min: 0, max: 600 }), width: fc.integer({ min: 4, max: 20 }) });
    fc.assert(
      fc.property(fc.array(glyph, { maxLength: 30 }), (glyphs) => {
        const placed = placeGlyphs(glyphs);
        expect(placed.map((p) => p.i).sort((a, b) => a - b)).toEqual(glyphs.map((_, i) => i));
        const spans = placed.map((p) => ({ left: p.left, right: p.left + glyphs[p.i].width }));
        for (let k = 1; k < spans.length; k++) expect(spans[k].left).toBeGreaterThanOrEqual(spans[k - 1].right + GAP);
        // a glyph is never left of where it would be centred on its x, less half its month-mates' width
        for (const p of placed) {
          const mates = glyphs.filter((g) => g.x === glyphs[p.i].x);
          const total = mates.reduce((w, g) => w + g.width, 0) + GAP * (mates.length - 1);
          expect(p.left).toBeGreaterThanOrEqual(glyphs[p.i].x - total / 2 - 1e-9);
        }
      }),
    );
  });
});
