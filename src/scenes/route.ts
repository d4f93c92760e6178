import { selectPhase, type SnapshotLike } from '../model';
import { SceneKey } from './sceneKeys';

/** The screen that shows a game in this state (used when resuming a save). */
export function sceneForSnapshot(snap: SnapshotLike): SceneKey {
  const phase = selectPhase(snap);
  if (phase === 'setup' || phase === 'briefing') return SceneKey.Briefing;
  if (phase === 'ended') return SceneKey.Ending;
  return SceneKey.SituationRoom;
}
