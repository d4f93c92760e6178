// Load replay (title screen): a DOM file input opened from the canvas button; a good replay file
// becomes the current game and opens its debrief (or the room, for an unfinished game); a bad one
// leaves everything as it was and its problem is reported in plain words.

import Phaser from 'phaser';
import { loadReplayText } from '../app/replay';
import type { App } from '../app/session';
import { selectPhase } from '../model';
import { filePicker } from '../ui/download';
import { sceneForSnapshot } from './route';
import { SceneKey } from './sceneKeys';
import { debrief as D } from '../strings';

/** Attaches the file input to `scene` (released on shutdown); returns the function that opens it. */
export function replayLoader(scene: Phaser.Scene, app: App, report: (message: string) => void): () => void {
  const fail = (message: string) => report(D.replayFailed(message));
  const picker = filePicker(
    document,
    'replay-file',
    D.replayChooserLabel,
    '.json,application/json',
    (text) => {
      const r = loadReplayText(app, text);
      if (!r.ok) return fail(r.lines.join(' '));
      const snap = r.value.actor.getSnapshot();
      scene.scene.start(selectPhase(snap) === 'ended' ? SceneKey.Debrief : sceneForSnapshot(snap));
    },
    fail,
  );
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => picker.release());
  return () => picker.open();
}
