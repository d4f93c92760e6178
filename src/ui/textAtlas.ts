// One WebGL texture for every Text of the game. Phaser gives each Text its own texture; under a
// software renderer (SwiftShader) each distinct texture a frame draws from costs the GPU process about
// 0.2 ms a frame whatever its size (100 small texts on 100 textures: +19 ms a frame against the same
// texts on one sheet; docs/performance.md), and the situation room shows about 105 texts. So each
// Text's canvas is copied into a slot of one shared sheet (src/ui/atlasPacker.ts) each time Phaser
// redraws it, and a render node of ours hands Phaser's quad batch that sheet and the slot's
// coordinates instead of the Text's own texture. The Text objects stay what they were (size, origin,
// input, the layout check's walk); only the texture they draw from changes, so nothing looks
// different. A text too big for a slot, or one that no longer fits after a repack, keeps its own
// texture. `?atlas=off` turns it off (for comparisons). A changed text is copied once per frame, just
// before the frame is drawn (the game's POST_STEP), however often it changed since the last one: a
// button sets its text two or three times while the room is built, and the room's first frame
// copied ≈ 415 canvases for its 131 texts before.

import Phaser from 'phaser';
import { ShelfPacker, type Slot } from './atlasPacker';

/** The sheet's size: every WebGL implementation supports 2048² textures. */
const SHEET = 2048;
/** Transparent pixels around each text inside its slot, so filtering never picks up a neighbour. */
const PAD = 1;
/** Slots are cleared in strips of this many rows, from one zeroed buffer (no garbage per text). */
const CLEAR_ROWS = 64;

type WebGLRenderer = Phaser.Renderer.WebGL.WebGLRenderer;
type TextureWrapper = Phaser.Renderer.WebGL.Wrappers.WebGLTextureWrapper;

interface Placed {
  slot: Slot;
  /** What the render node hands Phaser: a frame on the sheet and its texture coordinates. */
  frame: { source: { glTexture: TextureWrapper }; customPivot: boolean; realWidth: number; realHeight: number };
  uv: { x: number; y: number; u0: number; v0: number; u1: number; v1: number };
  /** The canvas size last copied in (pixels beyond it in the slot are cleared). */
  drawnW: number;
  drawnH: number;
}

export interface TextAtlasStats {
  /** Texts drawn from the sheet now, and those on a texture of their own. */
  onSheet: number;
  ownTexture: number;
  /** How often the sheet was emptied and every live text placed again. */
  repacks: number;
  uploads: number;
}

export const textAtlasStats: TextAtlasStats = { onSheet: 0, ownTexture: 0, repacks: 0, uploads: 0 };

class TextAtlas {
  private readonly packer = new ShelfPacker(SHEET, SHEET);
  private readonly placed = new Map<Phaser.GameObjects.Text, Placed>();
  private readonly own = new Set<Phaser.GameObjects.Text>();
  /** Texts redrawn since the last copy. */
  private readonly dirty = new Set<Phaser.GameObjects.Text>();
  private readonly sheet: TextureWrapper;
  private readonly gl: WebGLRenderingContext;
  private readonly zeros = new Uint8Array(SHEET * CLEAR_ROWS * 4);
  /** The render node the texts' quad submitter asks for the texture and its coordinates. */
  readonly texturer: {
    name: string;
    frame: Placed['frame'] | null;
    uvSource: Placed['uv'] | null;
    frameWidth: number;
    frameHeight: number;
    run: (dc: unknown, text: Phaser.GameObjects.Text) => void;
  };

  constructor(private readonly renderer: WebGLRenderer) {
    const gl = renderer.gl;
    this.gl = gl;
    // the filtering and pixel flags Phaser uses for a Text's own texture (WebGLRenderer.canvasToTexture)
    const filter = (renderer.config as { antialias?: boolean }).antialias === false ? gl.NEAREST : gl.LINEAR;
    this.sheet = renderer.createTexture2D(
      0,
      filter,
      filter,
      gl.CLAMP_TO_EDGE,
      gl.CLAMP_TO_EDGE,
      gl.RGBA,
      undefined, // no pixels yet: an empty sheet
      SHEET,
      SHEET,
      true,
      false,
      true,
    );
    // after a lost and restored context Phaser recreates the sheet empty: copy every text in again
    renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, () => {
      for (const [text, p] of this.placed) this.copy(text.canvas, p, text.canvas.width, text.canvas.height);
    });
    const atlas = this;
    this.texturer = {
      name: 'TexturerTextAtlas',
      frame: null,
      uvSource: null,
      frameWidth: 0,
      frameHeight: 0,
      run(_dc, text) {
        // changed after this frame's copies (rare): copy it now
        if (atlas.dirty.has(text)) atlas.flushText(text);
        const p = atlas.placed.get(text);
        if (!p) {
          // it went to a texture of its own just now: draw that, as Phaser's own texturer would
          const f = text.frame;
          this.frame = f as unknown as Placed['frame'];
          this.uvSource = f as unknown as Placed['uv'];
          this.frameWidth = f.cutWidth / f.source.resolution;
          this.frameHeight = f.cutHeight / f.source.resolution;
          return;
        }
        const resolution = text.style.resolution;
        this.frame = p.frame;
        this.uvSource = p.uv;
        this.frameWidth = p.drawnW / resolution;
        this.frameHeight = p.drawnH / resolution;
      },
    };
  }

  /** After Phaser redrew a Text's canvas: copy it before the next frame (`flush`). */
  update(text: Phaser.GameObjects.Text): void {
    if (!this.placed.has(text) && !this.own.has(text) && !this.dirty.has(text)) {
      text.once(Phaser.GameObjects.Events.DESTROY, () => this.forget(text));
      // drawn through our texturer from the start, so it never shows Phaser's (never uploaded) texture
      text.setRenderNodeRole('Texturer', this.texturer as unknown as Phaser.Renderer.WebGL.RenderNodes.RenderNode);
    }
    this.dirty.add(text);
  }

  /** Copies every text changed since the last frame: to its slot, or to its own texture. */
  flush(): void {
    if (this.dirty.size === 0) return;
    for (const text of this.dirty) this.copyText(text);
    this.dirty.clear();
    this.count();
  }

  flushText(text: Phaser.GameObjects.Text): void {
    this.dirty.delete(text);
    this.copyText(text);
    this.count();
  }

  private copyText(text: Phaser.GameObjects.Text): void {
    const { canvas } = text;
    if (this.own.has(text) || !this.place(text, canvas.width, canvas.height)) this.useOwn(text);
  }

  private place(text: Phaser.GameObjects.Text, w: number, h: number): boolean {
    let p = this.placed.get(text);
    if (p && (p.slot.w < w + 2 * PAD || p.slot.h < h + 2 * PAD)) {
      this.packer.free(p.slot);
      this.placed.delete(text);
      p = undefined;
    }
    if (!p) {
      const slot = this.alloc(w, h);
      if (!slot) return false;
      p = this.entry(slot);
      this.placed.set(text, p);
      text.setRenderNodeRole('Texturer', this.texturer as unknown as Phaser.Renderer.WebGL.RenderNodes.RenderNode);
      this.clear(slot.x, slot.y, slot.w, slot.h);
    } else if (w < p.drawnW || h < p.drawnH) {
      this.clear(p.slot.x, p.slot.y, p.slot.w, p.slot.h);
    }
    this.copy(text.canvas, p, w, h);
    return true;
  }

  /** A slot for w × h plus padding; when the sheet is full, packs the live texts again once. */
  private alloc(w: number, h: number): Slot | null {
    const slot = this.packer.alloc(w + 2 * PAD, h + 2 * PAD);
    if (slot || this.placed.size === 0) return slot;
    this.repack();
    return this.packer.alloc(w + 2 * PAD, h + 2 * PAD);
  }

  private repack(): void {
    textAtlasStats.repacks++;
    const texts = [...this.placed.keys()];
    this.placed.clear();
    this.packer.reset();
    this.clear(0, 0, SHEET, SHEET);
    for (const t of texts) {
      const slot = this.packer.alloc(t.canvas.width + 2 * PAD, t.canvas.height + 2 * PAD);
      if (!slot) {
        this.useOwn(t);
        continue;
      }
      const p = this.entry(slot);
      this.placed.set(t, p);
      this.copy(t.canvas, p, t.canvas.width, t.canvas.height);
    }
  }

  private entry(slot: Slot): Placed {
    return {
      slot,
      frame: { source: { glTexture: this.sheet }, customPivot: false, realWidth: 0, realHeight: 0 },
      uv: { x: 0, y: 0, u0: 0, v0: 0, u1: 0, v1: 0 },
      drawnW: 0,
      drawnH: 0,
    };
  }

  /** Uploads the canvas into its slot; the sheet is stored bottom-up (flipY), like Phaser's textures. */
  private copy(canvas: HTMLCanvasElement, p: Placed, w: number, h: number): void {
    const x = p.slot.x + PAD;
    const top = p.slot.y + PAD;
    this.bindSheet();
    this.gl.texSubImage2D(this.gl.TEXTURE_2D, 0, x, SHEET - top - h, this.gl.RGBA, this.gl.UNSIGNED_BYTE, canvas);
    textAtlasStats.uploads++;
    p.drawnW = w;
    p.drawnH = h;
    p.frame.realWidth = w;
    p.frame.realHeight = h;
    // Phaser's frame convention (Frame.updateUVs): v counts from the bottom of the texture
    p.uv.u0 = x / SHEET;
    p.uv.u1 = (x + w) / SHEET;
    p.uv.v0 = 1 - top / SHEET;
    p.uv.v1 = 1 - (top + h) / SHEET;
  }

  /** Makes a region of the sheet transparent (x, y from the top), in strips of CLEAR_ROWS rows. */
  private clear(x: number, y: number, w: number, h: number): void {
    this.bindSheet();
    for (let row = 0; row < h; row += CLEAR_ROWS) {
      const rows = Math.min(CLEAR_ROWS, h - row);
      const bottom = SHEET - (y + row) - rows;
      this.gl.texSubImage2D(this.gl.TEXTURE_2D, 0, x, bottom, w, rows, this.gl.RGBA, this.gl.UNSIGNED_BYTE, this.zeros);
    }
  }

  private bindSheet(): void {
    this.renderer.glTextureUnits.bind(this.sheet, 0);
    this.renderer.glWrapper.updateTexturing({ texturing: { flipY: true, premultiplyAlpha: true } });
  }

  /** The text draws from its own texture again, as Phaser made it (Text.updateText's upload). */
  private useOwn(text: Phaser.GameObjects.Text): void {
    const p = this.placed.get(text);
    if (p) {
      this.packer.free(p.slot);
      this.placed.delete(text);
    }
    if ((text.customRenderNodes as Record<string, unknown>).Texturer === this.texturer)
      text.setRenderNodeRole('Texturer', null);
    this.own.add(text);
    const source = text.frame.source;
    source.glTexture = this.renderer.canvasToTexture(text.canvas, source.glTexture ?? undefined, true);
  }

  private forget(text: Phaser.GameObjects.Text): void {
    const p = this.placed.get(text);
    if (p) this.packer.free(p.slot);
    this.placed.delete(text);
    this.own.delete(text);
    this.dirty.delete(text);
    this.count();
  }

  private count(): void {
    textAtlasStats.onSheet = this.placed.size;
    textAtlasStats.ownTexture = this.own.size;
  }
}

let atlas: TextAtlas | null = null;

/**
 * Call once from the game's postBoot. From then on every Text's canvas goes to the shared sheet
 * (on WebGL; the canvas renderer has no textures to share). Wraps `Text.prototype.updateText`, the
 * one place Phaser redraws a Text, so that its own texture upload is replaced by the copy to the sheet.
 */
export function installTextAtlas(game: Phaser.Game, override: string | null): boolean {
  if (override === 'off' || atlas || game.renderer.type !== Phaser.WEBGL) return false;
  const current = new TextAtlas(game.renderer as WebGLRenderer);
  atlas = current;
  const proto = Phaser.GameObjects.Text.prototype;
  const redraw = proto.updateText;
  proto.updateText = function (this: Phaser.GameObjects.Text) {
    // Phaser uploads the canvas to the Text's texture when it has a WebGL renderer: hide it for the call
    const self = this as unknown as { renderer: unknown };
    const renderer = self.renderer;
    self.renderer = null;
    try {
      redraw.call(this);
    } finally {
      self.renderer = renderer;
    }
    if (renderer) current.update(this);
    return this;
  };
  game.events.on(Phaser.Core.Events.POST_STEP, () => current.flush());
  return true;
}
