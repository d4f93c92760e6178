// Why the machine would refuse an event now, in words a view can show. The machine answers whether
// (`snapshot.can`); the event's acceptance rule (acceptance.ts), the same one its guard runs, says
// why, or else the phase does: `snapshot.can(event)` is false exactly when this returns a reason.

import { problemOf } from './acceptance';
import { selectSeasons, type SnapshotLike } from './snapshot';
import { phaseOf } from './tags';
import type { GameEvent } from './types';
import { now as refuseNow } from '../strings/refusals';

/** A snapshot that can say whether it would take an event (an XState snapshot is one). */
export interface Answerable {
  can(event: GameEvent): boolean;
}

/** Null when the event would be accepted; otherwise the reason it is not. */
export function whyNot(s: SnapshotLike & Answerable, event: GameEvent): string | null {
  if (s.can(event)) return null;
  return problemOf(s.context, event, selectSeasons(s)) ?? refuseNow.wrongPhase(phaseOf(s));
}
