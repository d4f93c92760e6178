// Load replay (title screen): a DOM file input opened from the canvas button, or the replay a
// networked table's seat page handed over (app/pendingDebrief.ts); a good replay becomes the
// current game and opens its debrief (or the room, for an unfinished game); a bad one leaves
// everything as it was and its problem is reported in plain words.

import Phaser from 'phaser';
import { takeDebrief } from '../app/pendingDebrief';
import { loadReplayText } from '../app/replay';
import type { App } from '../app/session';
import { selectPhase } from '../model';
import { filePicker } from '../ui/download';
import { sceneForSnapshot } from './route';
import { SceneKey } from './sceneKeys';
import { debrief as D } from '../strings';

/** Makes a replay's text the current game and opens its screen, or reports why it could not. */
function openReplay(scene: Phaser.Scene, app: App, text: string, fail: (message: string) => void): void {
  const r = loadReplayText(app, text);
  if (!r.ok) {
    fail(r.lines.join(' '));
    return;
  }
  const snap = r.value.actor.getSnapshot();
  scene.scene.start(selectPhase(snap) === 'ended' ? SceneKey.Debrief : sceneForSnapshot(snap));
}

/** Attaches the file input to `scene` (released on shutdown); returns the function that opens it. */
export function replayLoader(scene: Phaser.Scene, app: App, report: (message: string) => void): () => void {
  const fail = (message: string) => report(D.replayFailed(message));
  const picker = filePicker(
    document,
    'replay-file',
    D.replayChooserLabel,
    '.json,application/json',
    (text) => openReplay(scene, app, text, fail),
    fail,
  );
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => picker.release());
  return () => picker.open();
}

/** Opens the replay a seat page handed over, if this page was opened for it; true when there was one. */
export function openHandedDebrief(scene: Phaser.Scene, app: App, report: (message: string) => void): boolean {
  const text = takeDebrief(window.sessionStorage, window.location.search);
  if (text === null) return false;
  openReplay(scene, app, text, (message) => report(D.tableDebriefFailed(message)));
  return true;
}
