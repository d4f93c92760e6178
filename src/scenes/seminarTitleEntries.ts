// The title screen's seminar entries: "Seminar" (set up a class) and "Join with a session code".
// Also starts the game named by `?session=` in the address, or explains why it cannot.

import Phaser from 'phaser';
import { seminarProblem, takePendingSeminar } from '../app/seminar';
import type { App } from '../app/session';
import { SceneKey } from './sceneKeys';
import type { Button } from '../ui/Button';
import { beginSeminar } from './enterSeminar';
import { type JoinDialog, openJoinDialog } from '../ui/joinDialog';
import { title } from '../strings';

type AddEntry = (label: string, key: string, fn: () => void) => Button;

export function addSeminarEntries(scene: Phaser.Scene, app: App, add: AddEntry, say: (text: string) => void): void {
  let dialog: JoinDialog | null = null;
  const join = (initial?: string, error?: string) => {
    dialog = openJoinDialog({
      initial,
      error,
      check: seminarProblem,
      join: (code) => {
        const r = beginSeminar(scene, app, code, { goToBriefing: true });
        if (!r.ok) join(code, r.error);
      },
      onClose: () => {
        dialog = null;
      },
    });
    say(title.joinSaid(error));
  };
  add(title.seminar, 'e', () => scene.scene.start(SceneKey.SeminarSetup));
  add(title.joinSeminar, 'j', () => join());
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => dialog?.close());

  const pending = takePendingSeminar();
  if (pending === null) return;
  app.afterContent(() => {
    const r = beginSeminar(scene, app, pending, { goToBriefing: true });
    if (!r.ok) join(pending, r.error);
  });
}
