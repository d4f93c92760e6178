// Internal resolution. On a software renderer (SwiftShader, llvmpipe: detected from the WebGL
// context's renderer string) the game draws into a smaller canvas, 2/3 of the design size, with
// every scene's camera zoomed to match, so layout, input and the test handle keep design
// coordinates while the rasteriser fills 44 % of the pixels. `?render=full` or `?render=low`
// overrides the detection.

import Phaser from 'phaser';
import { chooseScale, isSoftwareRenderer } from './rendererKind';
import { HEIGHT, WIDTH } from './theme';

export interface RenderInfo {
  /** The renderer string the GPU driver reports (or why none could be read). */
  renderer: string;
  software: boolean;
  /** Internal resolution against the design size (1 = full). */
  scale: number;
}

/** The WebGL renderer's name, unmasked where the browser allows it. */
export function rendererName(game: Phaser.Game): string {
  const gl = (game.renderer as Phaser.Renderer.WebGL.WebGLRenderer).gl as WebGLRenderingContext | undefined;
  if (!gl) return 'canvas';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? 'unknown');
}

/** Call from the game's postBoot: picks the resolution, and zooms each scene's camera to fit it. */
export function applyRenderScale(game: Phaser.Game, override: string | null): RenderInfo {
  const renderer = rendererName(game);
  const software = isSoftwareRenderer(renderer);
  const scale = chooseScale(software, override);
  if (scale !== 1) {
    game.scale.setGameSize(Math.round(WIDTH * scale), Math.round(HEIGHT * scale));
    // before every frame (cheap: a comparison per running scene), so a scene's fresh camera fits too
    const fit = () => {
      for (const scene of game.scene.getScenes(true)) {
        const cam = scene.cameras.main;
        // zoom about the centre, then look at the design's centre: the view is exactly 0..WIDTH × 0..HEIGHT
        if (cam && cam.zoom !== scale) cam.setZoom(scale).centerOn(WIDTH / 2, HEIGHT / 2);
      }
    };
    game.events.on(Phaser.Core.Events.PRE_STEP, fit);
    game.events.on(Phaser.Core.Events.PRE_RENDER, fit);
  }
  return { renderer, software, scale };
}
