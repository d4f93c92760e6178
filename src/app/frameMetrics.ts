// Load-time marks for the benchmark (scripts/benchWeb.ts) and the browser tests: the
// performance.now() of the first frame drawn after a scene's create(), read through
// window.__mf.metrics. Costs one listener per scene and a check per frame while marks are pending.

import Phaser from 'phaser';

export interface FrameMetrics {
  /** First frame of the title screen, ms since navigation start (null until drawn). */
  titleFrame: number | null;
  /** First interactive frame of the situation room (its create() has run and it is drawn). */
  roomFrame: number | null;
  /** Scene key → first frame after its first create(). */
  readonly firstFrames: Record<string, number>;
}

export function trackFirstFrames(game: Phaser.Game, title = 'title', room = 'situation-room'): FrameMetrics {
  const metrics: FrameMetrics = { titleFrame: null, roomFrame: null, firstFrames: {} };
  const pending = new Set<string>();
  const onFrame = () => {
    if (pending.size === 0) return;
    const now = performance.now();
    for (const key of pending) {
      if (key in metrics.firstFrames) continue;
      metrics.firstFrames[key] = now;
      performance.mark?.(`mf:first-frame:${key}`);
      if (key === title) metrics.titleFrame = now;
      if (key === room) metrics.roomFrame = now;
    }
    pending.clear();
  };
  // The scene manager boots its scenes on READY (its listener was added first, in Game's constructor).
  game.events.once(Phaser.Core.Events.READY, () => {
    for (const scene of game.scene.scenes) {
      const key = scene.sys.settings.key;
      scene.sys.events.on(Phaser.Scenes.Events.CREATE, () => {
        if (!(key in metrics.firstFrames)) pending.add(key);
      });
    }
    game.events.on(Phaser.Core.Events.POST_RENDER, onFrame);
  });
  return metrics;
}
