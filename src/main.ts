// Composition root: the app's services, the Phaser game with its scenes, the live region, and the
// read-only test hook `window.__mf`.

import Phaser from 'phaser';
import { App } from './app/session';
import { BootScene } from './scenes/BootScene';
import { BriefingScene } from './scenes/BriefingScene';
import { EndingScene } from './scenes/EndingScene';
import { PreloadScene } from './scenes/PreloadScene';
import { SetupScene } from './scenes/SetupScene';
import { SituationRoomScene } from './scenes/SituationRoomScene';
import { TitleScene } from './scenes/TitleScene';
import { showErrorScreen } from './ui/errorScreen';
import { liveRegion } from './ui/live';
import { COLOR, css, HEIGHT, WIDTH } from './ui/theme';

const live = liveRegion(document);
const showError = (title: string, lines: string[]) => {
  showErrorScreen(document, title, lines);
  live.say(`Error: ${title}. ${lines.join(' ')}`);
};
const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const app = new App(window.localStorage, live, showError, reduced);

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: WIDTH,
  height: HEIGHT,
  backgroundColor: css(COLOR.background),
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  input: { activePointers: 2 },
  scene: [
    new BootScene(),
    new PreloadScene(app),
    new TitleScene(app),
    new SetupScene(app),
    new BriefingScene(app),
    new SituationRoomScene(app),
    new EndingScene(app),
  ],
});

declare global {
  interface Window {
    __mf: { readonly game: Phaser.Game; readonly actor: unknown };
  }
}

window.__mf = Object.freeze({
  game,
  get actor() {
    return app.session?.actor ?? null;
  },
});
