import Phaser from 'phaser';
import { AssetKey, SceneKey } from './sceneKeys';

/** Where the map geometry lives (only the situation room draws it). */
export const MAP_URL = 'map/northeast-asia.json';

/**
 * Loads the map geometry in the background, once the title has drawn its first frame: nothing on
 * the title needs it, so the title no longer waits for it. Draws nothing and says nothing; stops
 * itself when done. The situation room loads the map itself in the rare case it is not cached yet.
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
    if (!this.cache.json.exists(AssetKey.map)) this.load.json(AssetKey.map, MAP_URL);
  }

  create(): void {
    this.scene.stop();
  }
}
