// Keyboard input for a scene: one window listener (synchronous, so Tab, Space and F1 can be kept
// from the browser), released when the scene shuts down.

import Phaser from 'phaser';

export type KeyHandler = (e: KeyboardEvent) => boolean | undefined;

export function listenKeys(scene: Phaser.Scene, handler: KeyHandler): void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (handler(e)) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => window.removeEventListener('keydown', onKey));
}

/** Runs an action for a key and reports the key as used. */
export function did(action: () => unknown): true {
  action();
  return true;
}
