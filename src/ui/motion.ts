// Every animation of the game starts here (counts, reveals, pulses, fades). With reduced motion
// (the player's setting, which follows the system's prefers-reduced-motion until set) nothing
// tweens: the end state is drawn at once.
// Otherwise a Phaser tween runs and the idle loop is woken, so it is drawn even when the tween
// starts while the loop sleeps (the loop keeps drawing while any tween runs, then sleeps again).

import type Phaser from 'phaser';
import { wakeLoop } from './idleLoop';

let reduced = () => false;

/** What the browser tests read: tweens started and animations drawn at their end state instead. */
export const motionStats = { tweens: 0, skipped: 0 };

/** Where the reduced-motion setting comes from (read at every animation). */
export function setReducedMotionSource(source: () => boolean): void {
  reduced = source;
}

export function motionReduced(): boolean {
  return reduced();
}

function started(scene: Phaser.Scene): void {
  motionStats.tweens++;
  wakeLoop(scene.game);
}

/** Counts `from` → `to` (the meters); with reduced motion calls `onUpdate(to)` once. */
export function countTo(
  scene: Phaser.Scene,
  from: number,
  to: number,
  onUpdate: (value: number) => void,
  duration = 600,
): Phaser.Tweens.Tween | null {
  if (reduced() || from === to) {
    motionStats.skipped++;
    onUpdate(to);
    return null;
  }
  started(scene);
  return scene.tweens.addCounter({
    from,
    to,
    duration,
    ease: 'Cubic.easeOut',
    onUpdate: (t) => onUpdate(t.getValue() ?? to),
  });
}

type Shown = Phaser.GameObjects.GameObject &
  Phaser.GameObjects.Components.Alpha &
  Phaser.GameObjects.Components.Transform;

/** Fades and lifts `items` into place one after another, `stagger` ms apart. */
export function reveal(scene: Phaser.Scene, items: readonly Shown[], stagger = 70, delay = 0): void {
  if (!items.length) return;
  if (reduced()) {
    motionStats.skipped++;
    return;
  }
  started(scene);
  items.forEach((item, i) => {
    const y = item.y;
    item.setAlpha(0).setY(y + 10);
    scene.tweens.add({ targets: item, alpha: 1, y, duration: 260, delay: delay + i * stagger, ease: 'Quad.easeOut' });
  });
}

type Pulsed = Phaser.GameObjects.GameObject & { alpha: number };

/** A slow, soft pulse of `item`'s alpha (`times` breaths), ending fully shown. */
export function pulse(scene: Phaser.Scene, item: Pulsed, times = 2, delay = 0): void {
  if (reduced()) {
    motionStats.skipped++;
    return;
  }
  started(scene);
  item.alpha = 1;
  scene.tweens.add({
    targets: item,
    alpha: 0.35,
    duration: 420,
    delay,
    yoyo: true,
    repeat: times - 1,
    ease: 'Sine.easeInOut',
  });
}

type Faded = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Alpha;

/** Fades `item` out over `duration` ms, then calls `done`; with reduced motion hides it at once. */
export function fadeOut(scene: Phaser.Scene, item: Faded, done: () => void, duration = 700): void {
  if (reduced()) {
    motionStats.skipped++;
    item.setAlpha(0);
    done();
    return;
  }
  started(scene);
  scene.tweens.add({ targets: item, alpha: 0, duration, ease: 'Quad.easeIn', onComplete: done });
}
