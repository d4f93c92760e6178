// The blank Phaser 4 page of the web benchmark (bench/blank.html): the same game size, scale mode
// and renderer choice as src/main.ts, one empty scene, and the time of its first frame.
// Phaser's defaults; `?config=game` adds the game's own audio and render settings (no audio, no MSAA).

import Phaser from 'phaser';

declare global {
  interface Window {
    __blank: { firstFrame: number | null; renderer: number | null };
  }
}

window.__blank = { firstFrame: null, renderer: null };

class Blank extends Phaser.Scene {
  create(): void {
    this.cameras.main.setBackgroundColor(0x101820);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      window.__blank.firstFrame = performance.now();
      window.__blank.renderer = this.game.renderer.type;
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
