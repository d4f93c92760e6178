// A cheaper tint step for Phaser's quad shader (images, texts: BatchHandlerQuad). Phaser's own
// (ApplyTint) un-premultiplies every pixel and branches over eight tint modes; a software rasteriser
// (SwiftShader) pays for that on every textured pixel: the room's static frame costs the GPU process
// 52 ms with it and 44 ms with this one (docs/performance.md). The game tints nothing, so every quad
// uses Phaser's default mode, MULTIPLY, and for a premultiplied texel that is exactly
// `rgb · tint · alpha, a · alpha`: what this step computes. `test/ui/quadTint.test.ts` fails if the
// source ever sets another tint mode (a tint fill, an additive tint), which this step would not draw.

import type Phaser from 'phaser';

/** The whole step, on the premultiplied texel `fragColor` (written without spaces: it is code, not words). */
const MULTIPLY_ONLY = 'fragColor=vec4(fragColor.rgb*outTint.bgr,fragColor.a)*outTint.a;';

interface ProgramManager {
  getAddition(name: string): object | null;
  replaceAddition(name: string, addition: object): void;
}

/** Call from the game's postBoot; `false` where there is no WebGL quad batch to change. */
export function installMultiplyOnlyTint(game: Phaser.Game): boolean {
  const renderer = game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
  const node = renderer.renderNodes?.getNode('BatchHandlerQuad') as { programManager?: ProgramManager } | undefined;
  const programs = node?.programManager;
  if (!programs?.getAddition('Tint')) return false;
  // a name of its own: Phaser caches compiled programs by the names of their additions
  programs.replaceAddition('Tint', {
    name: 'TintMultiply',
    additions: { fragmentProcess: MULTIPLY_ONLY },
    tags: ['TINT'],
  });
  return true;
}
