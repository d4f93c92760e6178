// Render only when something changes. After each frame the loop checks whether anything still
// moves (a tween, a camera effect, a scene starting or loading, a pointer held down) or just
// changed; when nothing has for a short while, it stops requesting animation frames. It wakes on
// any input (pointer, touch, wheel, keyboard, resize, focus), when a Phaser timer falls due (the
// news ticker's page turn), when `wakeLoop` is called (seminar messages), and when the app's own
// state stamp changes (checked a few times a second while asleep, without drawing anything).

import Phaser from 'phaser';

/** Frames drawn after the last activity, so the final state of a change is on screen. */
const TRAILING_FRAMES = 3;
/** ...and for at least this long (ms), so a change an input starts has time to begin. */
const TRAILING_MS = 250;
/** How often the sleeping loop looks for a changed app state (ms). */
const WATCH_MS = 250;

const WAKE_EVENTS = [
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointercancel',
  'mousedown',
  'mouseup',
  'mousemove',
  'wheel',
  'touchstart',
  'touchmove',
  'touchend',
  'keydown',
  'keyup',
  'resize',
  'focus',
  'change',
  'visibilitychange',
] as const;

export interface IdleLoopStats {
  /** Whether the loop is asleep now. */
  asleep: boolean;
  /** How many times it went to sleep. */
  sleeps: number;
  /** Frames drawn since start. */
  frames: number;
}

interface IdleLoop {
  wake(): void;
  stats: IdleLoopStats;
}

const loops = new WeakMap<Phaser.Game, IdleLoop>();

/** Wake the loop of this game for a few frames (after a change that came from outside input). */
export function wakeLoop(game: Phaser.Game): void {
  loops.get(game)?.wake();
}

type ClockInternals = { _active: Phaser.Time.TimerEvent[]; _pendingInsertion: Phaser.Time.TimerEvent[] };
type QueueInternals = { _pending: unknown[]; _start: unknown[]; _queue: unknown[] };

/** Something moves in this scene now. */
function sceneBusy(scene: Phaser.Scene): boolean {
  const moving = (t: Phaser.Tweens.BaseTween) => !t.isPaused() && !t.isFinished() && !t.isRemoved() && !t.isDestroyed();
  if (scene.tweens.getTweens().some(moving)) return true;
  if (scene.load.isLoading()) return true;
  for (const cam of scene.cameras.cameras) {
    if (cam.fadeEffect.isRunning || cam.flashEffect.isRunning || cam.shakeEffect.isRunning) return true;
    if (cam.panEffect.isRunning || cam.zoomEffect.isRunning || cam.rotateToEffect?.isRunning) return true;
  }
  return false;
}

/** Milliseconds until the soonest timer event of any running scene falls due (Infinity: none). */
function nextTimerDue(game: Phaser.Game): number {
  let soonest = Number.POSITIVE_INFINITY;
  for (const scene of game.scene.getScenes(true)) {
    const clock = scene.time as unknown as ClockInternals & Phaser.Time.Clock;
    if (clock.paused) continue;
    if (clock._pendingInsertion.length) return 0;
    for (const e of clock._active) {
      if (e.paused || e.hasDispatched) continue;
      const scale = (e.timeScale || 1) * (clock.timeScale || 1);
      soonest = Math.min(soonest, Math.max(0, (e.delay - e.elapsed) / scale));
    }
  }
  return soonest;
}

/**
 * Lets `ms` of sleep count on every timer of the running scenes (up to its due time), as a frame's
 * delta would have: without it a timer only moved on while the loop was awake, so a page turn or
 * a fade's hold that fell due during sleep woke the loop to find it still far from due.
 */
function creditSleep(game: Phaser.Game, ms: number): void {
  for (const scene of game.scene.getScenes(true)) {
    const clock = scene.time as unknown as ClockInternals & Phaser.Time.Clock;
    if (clock.paused) continue;
    for (const e of clock._active) {
      if (e.paused || e.hasDispatched) continue;
      const scale = (e.timeScale || 1) * (clock.timeScale || 1);
      e.elapsed = Math.min(e.delay, e.elapsed + ms * scale);
    }
  }
}

function gameBusy(game: Phaser.Game): boolean {
  const q = game.scene as unknown as QueueInternals;
  if (q._pending.length || q._start.length || q._queue.length) return true;
  for (const scene of game.scene.scenes) {
    const status = scene.sys.settings.status;
    if (status >= Phaser.Scenes.START && status < Phaser.Scenes.RUNNING) return true; // starting, loading, creating
  }
  if (game.input.pointers?.some((p) => p.isDown)) return true;
  return game.scene.getScenes(true).some(sceneBusy);
}

/**
 * Installs the idle loop on a game. `stamp` returns values that change whenever the app's state
 * does (compared by identity while asleep).
 */
export function installIdleLoop(game: Phaser.Game, stamp: () => readonly unknown[] = () => []): IdleLoopStats {
  const stats: IdleLoopStats = { asleep: false, sleeps: 0, frames: 0 };
  let quietFrames = 0;
  let activeAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let watch: ReturnType<typeof setInterval> | null = null;
  let lastStamp: readonly unknown[] = [];
  let sleptAt = 0;

  const stampChanged = () => {
    const now = stamp();
    const changed = now.length !== lastStamp.length || now.some((v, i) => v !== lastStamp[i]);
    lastStamp = now;
    return changed;
  };

  const wake = () => {
    activeAt = performance.now();
    quietFrames = 0;
    if (!stats.asleep) return;
    stats.asleep = false;
    if (timer !== null) clearTimeout(timer);
    if (watch !== null) clearInterval(watch);
    timer = null;
    watch = null;
    game.loop.resetDelta(); // no jump in tweens for the time spent asleep (none ran)...
    creditSleep(game, performance.now() - sleptAt); // ...but timers count it
    game.loop.wake();
  };

  const sleep = () => {
    stats.asleep = true;
    stats.sleeps++;
    sleptAt = performance.now();
    game.loop.sleep();
    lastStamp = stamp();
    const due = nextTimerDue(game);
    if (Number.isFinite(due)) timer = setTimeout(wake, Math.max(1, due));
    watch = setInterval(() => {
      if (stampChanged() || gameBusy(game)) wake();
    }, WATCH_MS);
  };

  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    stats.frames++;
    if (gameBusy(game) || stampChanged()) {
      activeAt = performance.now();
      quietFrames = 0;
      return;
    }
    quietFrames++;
    if (quietFrames >= TRAILING_FRAMES && performance.now() - activeAt >= TRAILING_MS) sleep();
  });
  for (const type of WAKE_EVENTS) window.addEventListener(type, wake, { capture: true, passive: true });
  game.scale.on(Phaser.Scale.Events.RESIZE, wake);
  loops.set(game, { wake, stats });
  return stats;
}
