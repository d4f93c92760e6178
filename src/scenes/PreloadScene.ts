import Phaser from 'phaser';
import { COLOR, HEIGHT, WIDTH } from '../ui/theme';
import { ROOM } from '../views/layout';
import { bakeMapOutlines, type MapData } from '../views/MapView';
import { AssetKey, SceneKey } from './sceneKeys';

/** Where the map geometry lives (only the situation room draws it). */
export const MAP_URL = 'map/northeast-asia.json';

/**
 * Loads the map geometry in the background, once the title has drawn its first frame: nothing on
 * the title needs it, so the title no longer waits for it. While it loads it draws a thin progress
 * bar along the bottom edge (silent for screen readers); it stops itself when done. The situation
 * room loads the map itself in the rare case it is not cached yet.
 */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preload);
  }

  /** Launch the background load after the next frame, unless the map is cached or loading already. */
  static startAfterFrame(scene: Phaser.Scene): void {
    if (scene.cache.json.exists(AssetKey.map)) return;
    scene.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      const manager = scene.game.scene;
      if (scene.cache.json.exists(AssetKey.map) || manager.isActive(SceneKey.Preload)) return;
      manager.run(SceneKey.Preload);
    });
  }

  preload(): void {
    if (this.cache.json.exists(AssetKey.map)) return;
    const bar = this.add.graphics();
    const draw = (p: number) =>
      bar
        .clear()
        .fillStyle(COLOR.seoul, 1)
        .fillRect(0, HEIGHT - 6, WIDTH * p, 6);
    this.load.on(Phaser.Loader.Events.PROGRESS, draw);
    this.load.once(Phaser.Loader.Events.COMPLETE, () => this.load.off(Phaser.Loader.Events.PROGRESS, draw));
    this.load.json(AssetKey.map, MAP_URL);
  }

  /** Bakes the map's outlines while the screen is idle (the first room would pay for it), then stops. */
  create(): void {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
    idle(
      () => {
        const map = this.cache.json.get(AssetKey.map) as MapData | undefined;
        if (map && this.sys.isActive()) bakeMapOutlines(this, ROOM.map, map);
        if (this.sys.isActive()) this.scene.stop();
      },
      { timeout: 2000 },
    );
  }
}
