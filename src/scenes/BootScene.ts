import Phaser from 'phaser';
import { COLOR } from '../ui/theme';
import { SceneKey } from './sceneKeys';

/** Straight to the title: it needs no assets (the map loads in the background, see PreloadScene). */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOR.background);
    this.scene.start(SceneKey.Title);
  }
}
