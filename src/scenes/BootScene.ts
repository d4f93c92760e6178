import Phaser from 'phaser';
import { COLOR } from '../ui/theme';
import { SceneKey } from './sceneKeys';

/** Nothing to load for the preloader itself (it draws its bar with shapes). */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOR.background);
    this.scene.start(SceneKey.Preload);
  }
}
