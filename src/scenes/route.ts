import { selectPhase, type SnapshotLike } from '../model';
import { SceneKey } from './sceneKeys';

/** The screen that shows a game in this state (used when resuming a save). */
export function sceneForSnapshot(snap: SnapshotLike): SceneKey {
  const phase = selectPhase(snap);
  if (phase === 'setup' || phase === 'briefing') return SceneKey.Briefing;
  // A session the facilitator ended goes straight into the debrief for the class discussion.
  if (phase === 'ended') return endedByFacilitator(snap) ? SceneKey.Debrief : SceneKey.Ending;
  return SceneKey.SituationRoom;
}

function endedByFacilitator(snap: SnapshotLike): boolean {
  return snap.context.decisions.at(-1)?.event.type === 'facilitator.end';
}
