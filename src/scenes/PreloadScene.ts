import Phaser from 'phaser';
import type { App } from '../app/session';
import { COLOR, HEIGHT, SIZE, textStyle, WIDTH } from '../ui/theme';
import { AssetKey, SceneKey } from './sceneKeys';

/** Loads the map geometry with a progress bar. */
export class PreloadScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(SceneKey.Preload);
  }

  preload(): void {
    this.cameras.main.setBackgroundColor(COLOR.background);
    const w = 800;
    const x = (WIDTH - w) / 2;
    const y = HEIGHT / 2;
    this.add.text(WIDTH / 2, y - 60, 'Loading…', textStyle(SIZE.large)).setOrigin(0.5);
    this.add.rectangle(x, y, w, 32).setOrigin(0).setStrokeStyle(3, COLOR.muted);
    const bar = this.add.rectangle(x + 4, y + 4, 0, 24, COLOR.seoul).setOrigin(0);
    this.load.on('progress', (p: number) => {
      bar.width = (w - 8) * p;
      this.app.live.say(`Loading ${Math.round(p * 100)}%`);
    });
    this.load.json(AssetKey.map, 'map/northeast-asia.json');
  }

  create(): void {
    this.scene.start(SceneKey.Title);
  }
}
