// The blank Phaser 4 page of the web benchmark (bench/blank.html): the same game size, scale mode
// and renderer choice as src/main.ts, one empty scene, and the time of its first frame.
// Phaser's defaults; `?config=game` adds the game's own audio and render settings (no audio, no MSAA).
// `frames` counts every frame drawn, for the benchmark's idle-CPU and frame-rate baselines.

import Phaser from 'phaser';

declare global {
  interface Window {
    __blank: { firstFrame: number | null; renderer: number | null; frames: number };
  }
}

window.__blank = { firstFrame: null, renderer: null, frames: 0 };

class Blank extends Phaser.Scene {
  create(): void {
    this.cameras.main.setBackgroundColor(0x101820);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      window.__blank.firstFrame = performance.now();
      window.__blank.renderer = this.game.renderer.type;
    });
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      window.__blank.frames++;
    });
  }
}

const gameConfig = new URLSearchParams(location.search).get('config') === 'game';

new Phaser.Game({
  type: Phaser.AUTO,
  ...(gameConfig ? { audio: { noAudio: true }, render: { antialiasGL: false } } : {}),
  parent: 'game',
  width: 1920,
  height: 1080,
  backgroundColor: '#101820',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Blank],
});
