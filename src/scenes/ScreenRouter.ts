// The one place that decides which screen a running game shows. It follows the current game's
// actor (a new game, a loaded replay, a branch, a seminar's undo all hand it a new one) and, each
// time the screen that the snapshot's tags call for changes, starts that screen in place of the
// game screen that is up. Screens outside a running game (title, setup, seminar setup) navigate
// on their own; the router leaves them alone. Nothing polls: it runs on the actor's snapshots.

import type Phaser from 'phaser';
import { activeSeminar } from '../app/seminar';
import type { App, GameActor } from '../app/session';
import type { SnapshotLike } from '../model';
import { selectHandover } from '../seminar/handover';
import { wakeLoop } from '../ui/idleLoop';
import { sceneForSnapshot } from './route';
import { SceneKey } from './sceneKeys';

/** Screens of a running game: the router switches among these. */
export const GAME_SCENES: readonly SceneKey[] = [
  SceneKey.Briefing,
  SceneKey.SituationRoom,
  SceneKey.Handover,
  SceneKey.Ending,
  SceneKey.Debrief,
];
/** The ending and the debrief both show an ended game: moving between them is the player's choice. */
const AFTER_THE_END: readonly SceneKey[] = [SceneKey.Ending, SceneKey.Debrief];

/** The screen a game in this state shows; in a seminar, the hand-over while a delegation answers. */
export function screenFor(snap: Parameters<typeof selectHandover>[0] & SnapshotLike, seminar: boolean): SceneKey {
  return seminar && selectHandover(snap) ? SceneKey.Handover : sceneForSnapshot(snap);
}

export class ScreenRouter {
  private stop: (() => void) | null = null;
  private wanted: SceneKey | null = null;

  constructor(
    private readonly scenes: Phaser.Scenes.SceneManager,
    private readonly app: App,
  ) {
    app.onActorChange((actor) => this.follow(actor));
  }

  /** Follow another actor: its screen is shown at once (restarted if it is already up). */
  private follow(actor: GameActor | null): void {
    this.stop?.();
    this.stop = null;
    this.wanted = null;
    if (!actor) return;
    const sub = actor.subscribe((snap) => this.route(snap, false));
    this.stop = () => sub.unsubscribe();
    this.route(actor.getSnapshot(), true);
  }

  private route(snap: Parameters<typeof screenFor>[0], restart: boolean): void {
    const want = screenFor(snap, activeSeminar(this.app) !== null);
    if (want === this.wanted && !restart) return;
    this.wanted = want;
    const active = GAME_SCENES.find((key) => this.scenes.isActive(key));
    if (!active) return;
    const fits = want === active || (AFTER_THE_END.includes(want) && AFTER_THE_END.includes(active));
    if (fits && !restart) return;
    this.scenes.getScene(active)?.scene.start(fits ? active : want);
    wakeLoop(this.scenes.game); // the idle loop may be asleep: the new screen starts at once
  }
}
