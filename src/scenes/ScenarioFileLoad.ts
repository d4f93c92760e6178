// "Play your own scenario file" (setup screen): a DOM file input opened from the canvas button. A
// valid file starts a game; a broken one shows the validator's lines (file, JSON path, problem) on
// the error screen, the same messages `npm run validate` prints.

import Phaser from 'phaser';
import { loadScenarioText } from '../app/scenarioFile';
import type { ResolvedScenario } from '../model';
import { showErrorScreen } from '../ui/errorScreen';
import { filePicker } from '../ui/download';
import { setup as S } from '../strings';

/** Attaches the file input to `scene` (released on shutdown); returns the function that opens it. */
export function scenarioFileLoader(scene: Phaser.Scene, onScenario: (s: ResolvedScenario) => void): () => void {
  const fail = (lines: string[]) => showErrorScreen(document, S.fileUnplayable, lines);
  const picker = filePicker(
    document,
    'scenario-file',
    S.fileChooserLabel,
    '.json,application/json',
    (text, name) => {
      const r = loadScenarioText(name, text);
      if (r.ok) onScenario(r.value);
      else fail(r.lines);
    },
    (message) => fail([message]),
  );
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => picker.release());
  return () => picker.open();
}
